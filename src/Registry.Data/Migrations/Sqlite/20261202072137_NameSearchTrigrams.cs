using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <summary>
    /// Nothing on SQLite: the trigram indexes of name search are PostgreSQL's (pg_trgm). Kept so both migration sets
    /// stay in step, one migration per change.
    /// </summary>
    public partial class NameSearchTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
