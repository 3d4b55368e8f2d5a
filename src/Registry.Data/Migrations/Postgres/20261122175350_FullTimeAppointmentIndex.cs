using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
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
                filter: "employment = 'FullTime'")
                .Annotation("Npgsql:IndexInclude", new[] { "start_date", "end_date" });
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
