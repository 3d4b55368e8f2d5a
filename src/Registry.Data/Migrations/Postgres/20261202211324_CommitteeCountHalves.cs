using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommitteeCountHalves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_committees_dissolved",
                table: "committees",
                columns: new[] { "dissolved_on", "established_on" },
                filter: "dissolved_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_committees_not_dissolved",
                table: "committees",
                column: "established_on",
                filter: "dissolved_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_committees_dissolved",
                table: "committees");

            migrationBuilder.DropIndex(
                name: "ix_committees_not_dissolved",
                table: "committees");
        }
    }
}
