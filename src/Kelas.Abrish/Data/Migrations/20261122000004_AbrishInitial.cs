using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.Abrish.Data.Migrations;

[DbContext(typeof(AbrishDbContext))]
[Migration("20261122000004_AbrishInitial")]
internal sealed class AbrishInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "abrish_registrants",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                name = table.Column<string>(maxLength: 254, nullable: false),
                api_key = table.Column<string>(maxLength: 64, nullable: false),
                sha256_checksums = table.Column<bool>(nullable: false),
                replay_window_seconds = table.Column<int>(nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_abrish_registrants", x => x.id));
        migrationBuilder.CreateIndex("IX_abrish_registrants_name", "abrish_registrants", "name", unique: true);

        migrationBuilder.CreateTable(
            name: "abrish_organizations",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                registrant_id = table.Column<long>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                plan_type = table.Column<string>(maxLength: 100, nullable: false),
                duration = table.Column<string>(maxLength: 10, nullable: false),
                allowed_users = table.Column<int>(nullable: false),
                users_count = table.Column<int>(nullable: false),
                roles_count = table.Column<int>(nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_abrish_organizations", x => x.id);
                table.ForeignKey("FK_abrish_organizations_abrish_registrants_registrant_id", x => x.registrant_id, "abrish_registrants", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_abrish_organizations_registrant_id", "abrish_organizations", "registrant_id");

        migrationBuilder.CreateTable(
            name: "abrish_users",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                organization_id = table.Column<long>(nullable: false),
                first_name = table.Column<string>(maxLength: 50, nullable: false),
                last_name = table.Column<string>(maxLength: 50, nullable: false),
                user_name = table.Column<string>(maxLength: 16, nullable: false),
                user_name_key = table.Column<string>(maxLength: 16, nullable: false),
                gender = table.Column<int>(nullable: false),
                birth_date = table.Column<string>(maxLength: 10, nullable: false),
                cell = table.Column<string>(maxLength: 11, nullable: false),
                is_enable = table.Column<bool>(nullable: false),
                special_access = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(maxLength: 200, nullable: false),
                search_text = table.Column<string>(maxLength: 200, nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_abrish_users", x => x.id);
                table.ForeignKey("FK_abrish_users_abrish_organizations_organization_id", x => x.organization_id, "abrish_organizations", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_abrish_users_organization_id_user_name_key", "abrish_users", ["organization_id", "user_name_key"], unique: true);

        migrationBuilder.CreateTable(
            name: "abrish_nonces",
            columns: table => new
            {
                registrant_id = table.Column<long>(nullable: false),
                nonce = table.Column<string>(maxLength: 64, nullable: false),
                seen_at = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_abrish_nonces", x => new { x.registrant_id, x.nonce });
                table.ForeignKey("FK_abrish_nonces_abrish_registrants_registrant_id", x => x.registrant_id, "abrish_registrants", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_abrish_nonces_registrant_id_seen_at", "abrish_nonces", ["registrant_id", "seen_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("abrish_nonces");
        migrationBuilder.DropTable("abrish_users");
        migrationBuilder.DropTable("abrish_organizations");
        migrationBuilder.DropTable("abrish_registrants");
    }
}
