using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffingPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staffing_policies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staffing_policies", x => x.id);
                    table.ForeignKey(
                        name: "fk_staffing_policies_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staffing_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    minimum_full_time = table.Column<int>(type: "INTEGER", nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staffing_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_staffing_rules_staffing_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "staffing_policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staffing_targets",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staffing_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_staffing_targets_staffing_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "staffing_policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_staffing_policies_region_code_effective_from",
                table: "staffing_policies",
                columns: new[] { "region_code", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_staffing_rules_policy_id",
                table: "staffing_rules",
                column: "policy_id");

            migrationBuilder.CreateIndex(
                name: "ix_staffing_targets_policy_id",
                table: "staffing_targets",
                column: "policy_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staffing_rules");

            migrationBuilder.DropTable(
                name: "staffing_targets");

            migrationBuilder.DropTable(
                name: "staffing_policies");
        }
    }
}
