using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_recording_policies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    max_entry_delay_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_recording_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    source_platform = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    external_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    difficulty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    lead_mediator_id = table.Column<long>(type: "INTEGER", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    follow_up_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    agreement_fulfilled = table.Column<bool>(type: "INTEGER", nullable: true),
                    turned_criminal = table.Column<bool>(type: "INTEGER", nullable: false),
                    entered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    party_set_fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    days_to_close = table.Column<int>(type: "INTEGER", nullable: true),
                    received_day_number = table.Column<int>(type: "INTEGER", nullable: false),
                    entered_late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cases_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_mediators_lead_mediator_id",
                        column: x => x.lead_mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_co_mediators",
                columns: table => new
                {
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    mediator_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_co_mediators", x => new { x.case_id, x.mediator_id });
                    table.ForeignKey(
                        name: "fk_case_co_mediators_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_co_mediators_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_parties",
                columns: table => new
                {
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_parties", x => new { x.case_id, x.fingerprint });
                    table.ForeignKey(
                        name: "fk_case_parties_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_co_mediators_mediator_id",
                table: "case_co_mediators",
                column: "mediator_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_parties_fingerprint",
                table: "case_parties",
                column: "fingerprint");

            migrationBuilder.CreateIndex(
                name: "ix_case_recording_policies_region_code_effective_from",
                table: "case_recording_policies",
                columns: new[] { "region_code", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_committee_id_closed_on",
                table: "cases",
                columns: new[] { "committee_id", "closed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_lead_mediator_id_closed_on",
                table: "cases",
                columns: new[] { "lead_mediator_id", "closed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_party_set_fingerprint_category_received_day_number",
                table: "cases",
                columns: new[] { "party_set_fingerprint", "category", "received_day_number" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_source_platform_external_number",
                table: "cases",
                columns: new[] { "source_platform", "external_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_co_mediators");

            migrationBuilder.DropTable(
                name: "case_parties");

            migrationBuilder.DropTable(
                name: "case_recording_policies");

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
