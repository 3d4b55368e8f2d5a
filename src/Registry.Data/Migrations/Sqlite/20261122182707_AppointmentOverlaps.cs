using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentOverlaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "overlaps_another",
                table: "appointments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_full_time",
                table: "appointments",
                column: "committee_id",
                filter: "employment = 'FullTime'");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_overlapping",
                table: "appointments",
                column: "committee_id",
                filter: "overlaps_another");

            migrationBuilder.Sql(AppointmentOverlapsBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointments_full_time",
                table: "appointments");

            migrationBuilder.DropIndex(
                name: "ix_appointments_overlapping",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "overlaps_another",
                table: "appointments");
        }
    }
}
