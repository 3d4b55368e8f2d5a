using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateAndGradeSpans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SpanReadModels.Create(DatabaseProvider.Postgres));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SpanReadModels.Drop(DatabaseProvider.Postgres));
        }
    }
}
