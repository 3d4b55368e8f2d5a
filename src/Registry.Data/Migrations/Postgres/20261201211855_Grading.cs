using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Grading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mediator_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificates_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificates_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commendations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mediator_id = table.Column<long>(type: "bigint", nullable: true),
                    committee_id = table.Column<long>(type: "bigint", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendations", x => x.id);
                    table.ForeignKey(
                        name: "fk_commendations_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commendations_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commendations_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_star_ratings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<long>(type: "bigint", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_star_ratings", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_star_ratings_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_committee_star_ratings_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mediator_id = table.Column<long>(type: "bigint", nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grade_ladders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    levels = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grade_ladders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certificate_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    certificate_id = table.Column<long>(type: "bigint", nullable: false),
                    mediator_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    status_after = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    valid_until_after = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    complaint_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificate_events_certificates_certificate_id",
                        column: x => x.certificate_id,
                        principalTable: "certificates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_certificate_events_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificate_events_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grade_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mediator_id = table.Column<long>(type: "bigint", nullable: false),
                    ladder_id = table.Column<long>(type: "bigint", nullable: false),
                    level_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    level_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grade_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_grade_assessments_grade_ladders_ladder_id",
                        column: x => x.ladder_id,
                        principalTable: "grade_ladders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grade_assessments_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grade_assessments_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_certificate_events_certificate_id_sequence",
                table: "certificate_events",
                columns: new[] { "certificate_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificate_events_complaint_id",
                table: "certificate_events",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificate_events_mediator_id_on",
                table: "certificate_events",
                columns: new[] { "mediator_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_mediator_id",
                table: "certificates",
                column: "mediator_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_number",
                table: "certificates",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_region_code_valid_until",
                table: "certificates",
                columns: new[] { "region_code", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_commendations_committee_id",
                table: "commendations",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_commendations_mediator_id",
                table: "commendations",
                column: "mediator_id");

            migrationBuilder.CreateIndex(
                name: "ix_commendations_region_code",
                table: "commendations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_committee_star_ratings_committee_id_assessed_on",
                table: "committee_star_ratings",
                columns: new[] { "committee_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_star_ratings_region_code",
                table: "committee_star_ratings",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_mediator_id_resolved_on",
                table: "complaints",
                columns: new[] { "mediator_id", "resolved_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_region_code",
                table: "complaints",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_grade_assessments_ladder_id",
                table: "grade_assessments",
                column: "ladder_id");

            migrationBuilder.CreateIndex(
                name: "ix_grade_assessments_mediator_id_assessed_on",
                table: "grade_assessments",
                columns: new[] { "mediator_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_grade_assessments_region_code",
                table: "grade_assessments",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_grade_ladders_region_code_effective_from",
                table: "grade_ladders",
                columns: new[] { "region_code", "effective_from" },
                unique: true);
            migrationBuilder.Sql(StarRatingHistory.MoveIntoHistory);

            migrationBuilder.DropColumn(
                name: "star_rating",
                table: "committees");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "star_rating",
                table: "committees",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql(StarRatingHistory.CopyLatestBack);

            migrationBuilder.DropTable(
                name: "certificate_events");

            migrationBuilder.DropTable(
                name: "commendations");

            migrationBuilder.DropTable(
                name: "committee_star_ratings");

            migrationBuilder.DropTable(
                name: "grade_assessments");

            migrationBuilder.DropTable(
                name: "certificates");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "grade_ladders");

        }
    }
}
