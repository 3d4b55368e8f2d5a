using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FullTimeAppointmentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_appointments_full_time",
                table: "appointments",
                column: "committee_id",
                filter: "employment = 'FullTime'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointments_full_time",
                table: "appointments");
        }
    }
}
