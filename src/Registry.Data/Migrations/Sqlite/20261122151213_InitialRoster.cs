using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRoster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mediators",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ethnicity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    education = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    political_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    background = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mediators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "committees",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    dissolved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sector = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    host_institution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    has_full_time_conditions = table.Column<bool>(type: "INTEGER", nullable: false),
                    has_party_organisation = table.Column<bool>(type: "INTEGER", nullable: false),
                    uniformities = table.Column<int>(type: "INTEGER", nullable: false),
                    implementations = table.Column<int>(type: "INTEGER", nullable: false),
                    star_rating = table.Column<int>(type: "INTEGER", nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committees", x => x.id);
                    table.ForeignKey(
                        name: "fk_committees_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expert_pools",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_pools", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_pools_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mediator_id = table.Column<long>(type: "INTEGER", nullable: false),
                    committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    employment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brand_studios",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    host_committee_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    lead_mediator_id = table.Column<long>(type: "INTEGER", nullable: true),
                    naming_level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    named_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    specialities = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brand_studios", x => x.id);
                    table.ForeignKey(
                        name: "fk_brand_studios_committees_host_committee_id",
                        column: x => x.host_committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_brand_studios_mediators_lead_mediator_id",
                        column: x => x.lead_mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "experts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    expert_pool_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    discipline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    profession = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    term_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    term_end = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_experts", x => x.id);
                    table.ForeignKey(
                        name: "fk_experts_expert_pools_expert_pool_id",
                        column: x => x.expert_pool_id,
                        principalTable: "expert_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brand_studio_member",
                columns: table => new
                {
                    brand_studio_id = table.Column<long>(type: "INTEGER", nullable: false),
                    mediator_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brand_studio_member", x => new { x.brand_studio_id, x.mediator_id });
                    table.ForeignKey(
                        name: "fk_brand_studio_member_brand_studios_brand_studio_id",
                        column: x => x.brand_studio_id,
                        principalTable: "brand_studios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_brand_studio_member_mediators_mediator_id",
                        column: x => x.mediator_id,
                        principalTable: "mediators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_committee_id_start_date",
                table: "appointments",
                columns: new[] { "committee_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_mediator_id_start_date",
                table: "appointments",
                columns: new[] { "mediator_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_brand_studio_member_mediator_id",
                table: "brand_studio_member",
                column: "mediator_id");

            migrationBuilder.CreateIndex(
                name: "ix_brand_studios_host_committee_id",
                table: "brand_studios",
                column: "host_committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_brand_studios_lead_mediator_id",
                table: "brand_studios",
                column: "lead_mediator_id");

            migrationBuilder.CreateIndex(
                name: "ix_brand_studios_region_code_id",
                table: "brand_studios",
                columns: new[] { "region_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_committees_name",
                table: "committees",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_committees_region_code_id",
                table: "committees",
                columns: new[] { "region_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_expert_pools_region_code_id",
                table: "expert_pools",
                columns: new[] { "region_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_experts_expert_pool_id",
                table: "experts",
                column: "expert_pool_id");

            migrationBuilder.CreateIndex(
                name: "ix_mediators_id_number",
                table: "mediators",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mediators_name",
                table: "mediators",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                table: "regions",
                column: "parent_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "brand_studio_member");

            migrationBuilder.DropTable(
                name: "experts");

            migrationBuilder.DropTable(
                name: "brand_studios");

            migrationBuilder.DropTable(
                name: "expert_pools");

            migrationBuilder.DropTable(
                name: "committees");

            migrationBuilder.DropTable(
                name: "mediators");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
