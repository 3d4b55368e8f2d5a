using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.Sql(MediatorRegisteringRegionBackfill.Sql(DatabaseProvider.Sqlite));
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
