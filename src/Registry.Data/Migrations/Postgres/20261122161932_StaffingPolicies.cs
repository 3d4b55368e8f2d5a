using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Registry.Data.Migrations.Postgres
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    minimum_full_time = table.Column<int>(type: "integer", nullable: false),
                    severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    quote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    policy_id = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    target = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    quote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    policy_id = table.Column<long>(type: "bigint", nullable: false)
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
