using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommitteeExistenceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_committees_region_code_id",
                table: "committees");

            migrationBuilder.CreateIndex(
                name: "ix_committees_established_on_dissolved_on",
                table: "committees",
                columns: new[] { "established_on", "dissolved_on" });

            migrationBuilder.CreateIndex(
                name: "ix_committees_region_code_id",
                table: "committees",
                columns: new[] { "region_code", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "established_on", "dissolved_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_committees_established_on_dissolved_on",
                table: "committees");

            migrationBuilder.DropIndex(
                name: "ix_committees_region_code_id",
                table: "committees");

            migrationBuilder.CreateIndex(
                name: "ix_committees_region_code_id",
                table: "committees",
                columns: new[] { "region_code", "id" });
        }
    }
}
