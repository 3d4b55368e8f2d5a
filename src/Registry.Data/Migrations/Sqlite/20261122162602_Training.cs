using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_requirements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    min_minutes_per_year = table.Column<int>(type: "INTEGER", nullable: true),
                    min_practical_sessions_per_year = table.Column<int>(type: "INTEGER", nullable: true),
                    pre_service_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_requirements", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_requirements_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_sessions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    topics = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_practical = table.Column<bool>(type: "INTEGER", nullable: false),
                    cancelled_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_sessions_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendances",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<long>(type: "INTEGER", nullable: false),
                    mediator_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendances", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendances_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_attendances_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendances_mediator_id_session_id",
                table: "attendances",
                columns: new[] { "mediator_id", "session_id" });

            migrationBuilder.CreateIndex(
                name: "ix_attendances_session_id_mediator_id",
                table: "attendances",
                columns: new[] { "session_id", "mediator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_requirements_region_code_effective_from",
                table: "training_requirements",
                columns: new[] { "region_code", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_sessions_date",
                table: "training_sessions",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_training_sessions_region_code_date",
                table: "training_sessions",
                columns: new[] { "region_code", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendances");

            migrationBuilder.DropTable(
                name: "training_requirements");

            migrationBuilder.DropTable(
                name: "training_sessions");
        }
    }
}
