using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_full_time",
                table: "appointments",
                column: "committee_id",
                filter: "employment = 'FullTime'")
                .Annotation("Npgsql:IndexInclude", new[] { "start_date", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_overlapping",
                table: "appointments",
                column: "committee_id",
                filter: "overlaps_another")
                .Annotation("Npgsql:IndexInclude", new[] { "mediator_id", "employment", "start_date", "end_date" });

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
