using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediatorRegisteringRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "registering_region_code",
                table: "mediators",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                collation: "C");

            migrationBuilder.Sql(MediatorRegisteringRegionBackfill.Sql(DatabaseProvider.Postgres));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registering_region_code",
                table: "mediators");
        }
    }
}
