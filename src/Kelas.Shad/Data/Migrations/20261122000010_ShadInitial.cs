using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.Shad.Data.Migrations;

[DbContext(typeof(ShadDbContext))]
[Migration("20261122000010_ShadInitial")]
internal sealed class ShadInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "shad_events",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                landing_id = table.Column<long>(nullable: false),
                title = table.Column<string>(maxLength: 200, nullable: false),
                landing_url = table.Column<string>(maxLength: 2_000, nullable: false),
                username = table.Column<string>(maxLength: 100, nullable: false),
                password_hash = table.Column<string>(maxLength: 200, nullable: false),
                api_key_hash = table.Column<string>(maxLength: 64, nullable: false),
                api_key_prefix = table.Column<string>(maxLength: 8, nullable: false),
                pairwise_secret = table.Column<string>(maxLength: 64, nullable: false),
                token_version = table.Column<int>(nullable: false),
                enabled = table.Column<bool>(nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_shad_events", x => x.id));
        migrationBuilder.CreateIndex("IX_shad_events_landing_id", "shad_events", "landing_id", unique: true);

        migrationBuilder.CreateTable(
            name: "shad_users",
            columns: table => new
            {
                id = table.Column<long>(nullable: false),
                national_id = table.Column<string>(maxLength: 20, nullable: true),
                name = table.Column<string>(maxLength: 200, nullable: true),
                family = table.Column<string>(maxLength: 200, nullable: true),
                mobile = table.Column<string>(maxLength: 20, nullable: false),
                province_name = table.Column<string>(maxLength: 200, nullable: true),
                district_name = table.Column<string>(maxLength: 200, nullable: true),
                course_study = table.Column<string>(maxLength: 200, nullable: true),
                fundamental_id = table.Column<int>(nullable: true),
                role = table.Column<string>(maxLength: 200, nullable: true),
                verified = table.Column<bool>(nullable: false),
                update_time = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_shad_users", x => x.id));

        migrationBuilder.CreateTable(
            name: "shad_event_users",
            columns: table => new
            {
                event_id = table.Column<long>(nullable: false),
                hashed_id = table.Column<string>(maxLength: 47, nullable: false),
                user_id = table.Column<long>(nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_shad_event_users", x => new { x.event_id, x.hashed_id });
                table.ForeignKey("FK_shad_event_users_shad_events_event_id", x => x.event_id, "shad_events", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_shad_event_users_shad_users_user_id", x => x.user_id, "shad_users", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_shad_event_users_event_id_user_id", "shad_event_users", ["event_id", "user_id"], unique: true);
        migrationBuilder.CreateIndex("IX_shad_event_users_user_id", "shad_event_users", "user_id");

        migrationBuilder.CreateTable(
            name: "shad_secrets",
            columns: table => new
            {
                name = table.Column<string>(maxLength: 64, nullable: false),
                value = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_shad_secrets", x => x.name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("shad_secrets");
        migrationBuilder.DropTable("shad_event_users");
        migrationBuilder.DropTable("shad_users");
        migrationBuilder.DropTable("shad_events");
    }
}
