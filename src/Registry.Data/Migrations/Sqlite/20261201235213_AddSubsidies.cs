using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSubsidies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "subsidy_claims",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    amount_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    line_count = table.Column<int>(type: "INTEGER", nullable: false),
                    payable_line_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    payment_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_claims_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_policies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    default_coefficient_permille = table.Column<int>(type: "INTEGER", nullable: false),
                    lead_share_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    monthly_cap_fen = table.Column<long>(type: "INTEGER", nullable: true),
                    max_entry_delay_days = table.Column<int>(type: "INTEGER", nullable: false),
                    follow_up_required_from = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    duplicate_window_days = table.Column<int>(type: "INTEGER", nullable: false),
                    civil_servant_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    full_time_percent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_policies", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_policies_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_claim_cases",
                columns: table => new
                {
                    claim_id = table.Column<long>(type: "INTEGER", nullable: false),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    live_case_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claim_cases", x => new { x.claim_id, x.case_id });
                    table.ForeignKey(
                        name: "fk_subsidy_claim_cases_subsidy_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "subsidy_claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_claim_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    status_after = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    by_role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    claim_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claim_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_claim_events_subsidy_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "subsidy_claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_claim_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    claim_id = table.Column<long>(type: "INTEGER", nullable: false),
                    line_key = table.Column<long>(type: "INTEGER", nullable: false),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    mediator_id = table.Column<long>(type: "INTEGER", nullable: false),
                    is_lead = table.Column<bool>(type: "INTEGER", nullable: false),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: true),
                    external_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    difficulty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    entered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    follow_up_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    level_name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    lead_certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    lead_certificate_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    share_numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    share_denominator = table.Column<int>(type: "INTEGER", nullable: false),
                    base_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    coefficient_permille = table.Column<int>(type: "INTEGER", nullable: false),
                    person_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_before_cap_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claim_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_claim_lines_subsidy_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "subsidy_claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_grade_coefficients",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    level_name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    permille = table.Column<int>(type: "INTEGER", nullable: false),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_grade_coefficients", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_grade_coefficients_subsidy_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "subsidy_policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_rates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    difficulty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    agreement = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    amount_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    policy_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_rates", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_rates_subsidy_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "subsidy_policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claim_cases_case_id",
                table: "subsidy_claim_cases",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claim_cases_live_case_id",
                table: "subsidy_claim_cases",
                column: "live_case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claim_events_claim_id",
                table: "subsidy_claim_events",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claim_lines_case_id_mediator_id",
                table: "subsidy_claim_lines",
                columns: new[] { "case_id", "mediator_id" });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claim_lines_claim_id_line_key",
                table: "subsidy_claim_lines",
                columns: new[] { "claim_id", "line_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claims_region_code_from",
                table: "subsidy_claims",
                columns: new[] { "region_code", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_grade_coefficients_policy_id_level_name",
                table: "subsidy_grade_coefficients",
                columns: new[] { "policy_id", "level_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_policies_region_code_effective_from",
                table: "subsidy_policies",
                columns: new[] { "region_code", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_rates_policy_id_difficulty_agreement",
                table: "subsidy_rates",
                columns: new[] { "policy_id", "difficulty", "agreement" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subsidy_claim_cases");

            migrationBuilder.DropTable(
                name: "subsidy_claim_events");

            migrationBuilder.DropTable(
                name: "subsidy_claim_lines");

            migrationBuilder.DropTable(
                name: "subsidy_grade_coefficients");

            migrationBuilder.DropTable(
                name: "subsidy_rates");

            migrationBuilder.DropTable(
                name: "subsidy_claims");

            migrationBuilder.DropTable(
                name: "subsidy_policies");
        }
    }
}
