using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateAndGradeSpans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SpanReadModels.Create(DatabaseProvider.Sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SpanReadModels.Drop(DatabaseProvider.Sqlite));
        }
    }
}
