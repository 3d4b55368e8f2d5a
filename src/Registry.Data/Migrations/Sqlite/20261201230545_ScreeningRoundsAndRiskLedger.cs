using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScreeningRoundsAndRiskLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "informants",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    term_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    term_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_informants", x => x.id);
                    table.ForeignKey(
                        name: "fk_informants_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "screening_policies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    serious_risk_limit_days = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_policies", x => x.id);
                    table.ForeignKey(
                        name: "fk_screening_policies_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "screening_rounds",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    screened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_screening_rounds_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sensitive_periods",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sensitive_periods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "screening_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    cadence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    daily_in_sensitive_periods = table.Column<bool>(type: "INTEGER", nullable: false),
                    quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_screening_rules_screening_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "screening_policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    round_id = table.Column<long>(type: "INTEGER", nullable: false),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    parties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    case_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_items_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_risk_items_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_risk_items_screening_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "screening_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    risk_item_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_status_changes_risk_items_risk_item_id",
                        column: x => x.risk_item_id,
                        principalTable: "risk_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_informants_committee_id_role",
                table: "informants",
                columns: new[] { "committee_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_informants_region_code_id",
                table: "informants",
                columns: new[] { "region_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_case_id",
                table: "risk_items",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_committee_id",
                table: "risk_items",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_region_code_found_on_id",
                table: "risk_items",
                columns: new[] { "region_code", "found_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_round_id",
                table: "risk_items",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_risk_status_changes_risk_item_id",
                table: "risk_status_changes",
                column: "risk_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_screening_policies_region_code_effective_from",
                table: "screening_policies",
                columns: new[] { "region_code", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_screening_rounds_committee_id_screened_on_kind",
                table: "screening_rounds",
                columns: new[] { "committee_id", "screened_on", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_screening_rules_policy_id",
                table: "screening_rules",
                column: "policy_id");

            migrationBuilder.CreateIndex(
                name: "ix_sensitive_periods_name_starts_on",
                table: "sensitive_periods",
                columns: new[] { "name", "starts_on" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "informants");

            migrationBuilder.DropTable(
                name: "risk_status_changes");

            migrationBuilder.DropTable(
                name: "screening_rules");

            migrationBuilder.DropTable(
                name: "sensitive_periods");

            migrationBuilder.DropTable(
                name: "risk_items");

            migrationBuilder.DropTable(
                name: "screening_policies");

            migrationBuilder.DropTable(
                name: "screening_rounds");
        }
    }
}
