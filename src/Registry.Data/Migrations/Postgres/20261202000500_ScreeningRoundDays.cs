using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScreeningRoundDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "screening_round_days",
                columns: table => new
                {
                    committee_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    m0 = table.Column<long>(type: "bigint", nullable: false),
                    m1 = table.Column<long>(type: "bigint", nullable: false),
                    m2 = table.Column<long>(type: "bigint", nullable: false),
                    m3 = table.Column<long>(type: "bigint", nullable: false),
                    m4 = table.Column<long>(type: "bigint", nullable: false),
                    m5 = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_round_days", x => new { x.committee_id, x.year });
                    table.ForeignKey(
                        name: "fk_screening_round_days_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });
            // The rounds recorded so far, as ScreeningRoundDaysSql computes them (written out here, so the migration stays as it ran).
            migrationBuilder.Sql("""
                INSERT INTO screening_round_days (committee_id, year, m0, m1, m2, m3, m4, m5)
                SELECT r.committee_id, r.y,
                       COALESCE(bit_or(CASE WHEN r.d >= 0 AND r.d < 62 THEN CAST(1 AS BIGINT) << (r.d - 0) END), 0),
                       COALESCE(bit_or(CASE WHEN r.d >= 62 AND r.d < 124 THEN CAST(1 AS BIGINT) << (r.d - 62) END), 0),
                       COALESCE(bit_or(CASE WHEN r.d >= 124 AND r.d < 186 THEN CAST(1 AS BIGINT) << (r.d - 124) END), 0),
                       COALESCE(bit_or(CASE WHEN r.d >= 186 AND r.d < 248 THEN CAST(1 AS BIGINT) << (r.d - 186) END), 0),
                       COALESCE(bit_or(CASE WHEN r.d >= 248 AND r.d < 310 THEN CAST(1 AS BIGINT) << (r.d - 248) END), 0),
                       COALESCE(bit_or(CASE WHEN r.d >= 310 AND r.d < 372 THEN CAST(1 AS BIGINT) << (r.d - 310) END), 0)
                FROM (SELECT r.committee_id, CAST(EXTRACT(YEAR FROM r.screened_on) AS INTEGER) AS y, CAST(EXTRACT(DOY FROM r.screened_on) AS INTEGER) - 1 AS d FROM screening_rounds r) r
                GROUP BY r.committee_id, r.y
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "screening_round_days");
        }
    }
}
