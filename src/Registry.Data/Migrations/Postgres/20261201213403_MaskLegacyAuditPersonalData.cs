using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MaskLegacyAuditPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in LegacyAuditMasking.Sql(DatabaseProvider.Postgres)) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The raw values are gone for good: nothing to restore.
        }
    }
}
