using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.Skyroom.Data.Migrations;

[DbContext(typeof(SkyroomDbContext))]
[Migration("20261122000001_SkyroomInitial")]
internal sealed class SkyroomInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "skyroom_accounts",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                slug = table.Column<string>(maxLength: 63, nullable: false),
                key_hash = table.Column<string>(maxLength: 64, nullable: false),
                key_prefix = table.Column<string>(maxLength: 50, nullable: false),
                login_secret = table.Column<string>(maxLength: 64, nullable: false),
                status = table.Column<int>(nullable: false),
                create_time = table.Column<long>(nullable: false),
                update_time = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_skyroom_accounts", x => x.id));
        migrationBuilder.CreateIndex("IX_skyroom_accounts_slug", "skyroom_accounts", "slug", unique: true);
        migrationBuilder.CreateIndex("IX_skyroom_accounts_key_hash", "skyroom_accounts", "key_hash", unique: true);

        migrationBuilder.CreateTable(
            name: "skyroom_services",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                account_id = table.Column<long>(nullable: false),
                title = table.Column<string>(maxLength: 128, nullable: false),
                status = table.Column<int>(nullable: false),
                user_limit = table.Column<int>(nullable: false),
                video_limit = table.Column<int>(nullable: false),
                time_limit = table.Column<long>(nullable: true),
                time_usage = table.Column<long>(nullable: false),
                start_time = table.Column<long>(nullable: true),
                stop_time = table.Column<long>(nullable: true),
                create_time = table.Column<long>(nullable: false),
                update_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_services", x => x.id);
                table.ForeignKey("FK_skyroom_services_skyroom_accounts_account_id", x => x.account_id, "skyroom_accounts", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_services_account_id_id", "skyroom_services", ["account_id", "id"]);

        migrationBuilder.CreateTable(
            name: "skyroom_rooms",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                account_id = table.Column<long>(nullable: false),
                service_id = table.Column<long>(nullable: false),
                name = table.Column<string>(maxLength: 128, nullable: false),
                title = table.Column<string>(maxLength: 128, nullable: false),
                description = table.Column<string>(maxLength: 512, nullable: true),
                status = table.Column<int>(nullable: false),
                guest_login = table.Column<bool>(nullable: false),
                guest_limit = table.Column<int>(nullable: false),
                op_login_first = table.Column<bool>(nullable: false),
                max_users = table.Column<int>(nullable: true),
                session_duration = table.Column<int>(nullable: true),
                time_limit = table.Column<long>(nullable: true),
                time_usage = table.Column<long>(nullable: false),
                time_total = table.Column<long>(nullable: false),
                create_time = table.Column<long>(nullable: false),
                update_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_rooms", x => x.id);
                table.ForeignKey("FK_skyroom_rooms_skyroom_accounts_account_id", x => x.account_id, "skyroom_accounts", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_skyroom_rooms_skyroom_services_service_id", x => x.service_id, "skyroom_services", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_skyroom_rooms_account_id_name", "skyroom_rooms", ["account_id", "name"], unique: true);
        migrationBuilder.CreateIndex("IX_skyroom_rooms_account_id_id", "skyroom_rooms", ["account_id", "id"]);
        migrationBuilder.CreateIndex("IX_skyroom_rooms_service_id", "skyroom_rooms", "service_id");

        migrationBuilder.CreateTable(
            name: "skyroom_users",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                account_id = table.Column<long>(nullable: false),
                username = table.Column<string>(maxLength: 32, nullable: false),
                password_hash = table.Column<string>(maxLength: 128, nullable: false),
                nickname = table.Column<string>(maxLength: 128, nullable: false),
                email = table.Column<string>(maxLength: 128, nullable: true),
                fname = table.Column<string>(maxLength: 128, nullable: true),
                lname = table.Column<string>(maxLength: 128, nullable: true),
                gender = table.Column<int>(nullable: false),
                status = table.Column<int>(nullable: false),
                is_public = table.Column<bool>(nullable: false),
                concurrent = table.Column<int>(nullable: false),
                time_limit = table.Column<long>(nullable: true),
                time_usage = table.Column<long>(nullable: false),
                time_total = table.Column<long>(nullable: false),
                expiry_date = table.Column<long>(nullable: true),
                create_time = table.Column<long>(nullable: false),
                update_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_users", x => x.id);
                table.ForeignKey("FK_skyroom_users_skyroom_accounts_account_id", x => x.account_id, "skyroom_accounts", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_users_account_id_username", "skyroom_users", ["account_id", "username"], unique: true);
        migrationBuilder.CreateIndex("IX_skyroom_users_account_id_id", "skyroom_users", ["account_id", "id"]);

        migrationBuilder.CreateTable(
            name: "skyroom_room_users",
            columns: table => new
            {
                room_id = table.Column<long>(nullable: false),
                user_id = table.Column<long>(nullable: false),
                access = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_room_users", x => new { x.room_id, x.user_id });
                table.ForeignKey("FK_skyroom_room_users_skyroom_rooms_room_id", x => x.room_id, "skyroom_rooms", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_skyroom_room_users_skyroom_users_user_id", x => x.user_id, "skyroom_users", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_room_users_user_id", "skyroom_room_users", "user_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("skyroom_room_users");
        migrationBuilder.DropTable("skyroom_users");
        migrationBuilder.DropTable("skyroom_rooms");
        migrationBuilder.DropTable("skyroom_services");
        migrationBuilder.DropTable("skyroom_accounts");
    }
}
