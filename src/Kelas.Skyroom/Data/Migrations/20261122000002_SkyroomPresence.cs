using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.Skyroom.Data.Migrations;

/// <summary>Room entry: sessions, connections (the shared presence), chat, and the services' all-time usage.</summary>
[DbContext(typeof(SkyroomDbContext))]
[Migration("20261122000002_SkyroomPresence")]
internal sealed class SkyroomPresence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>("time_total", "skyroom_services", nullable: false, defaultValue: 0L);

        migrationBuilder.CreateTable(
            name: "skyroom_sessions",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                account_id = table.Column<long>(nullable: false),
                room_id = table.Column<long>(nullable: false),
                start_time = table.Column<long>(nullable: false),
                stop_time = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_sessions", x => x.id);
                table.ForeignKey("FK_skyroom_sessions_skyroom_accounts_account_id", x => x.account_id, "skyroom_accounts", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_skyroom_sessions_skyroom_rooms_room_id", x => x.room_id, "skyroom_rooms", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_sessions_account_id", "skyroom_sessions", "account_id");
        migrationBuilder.CreateIndex("IX_skyroom_sessions_room_id_start_time", "skyroom_sessions", ["room_id", "start_time"]);
        migrationBuilder.CreateIndex("IX_skyroom_sessions_open_room_id", "skyroom_sessions", "room_id", unique: true, filter: "stop_time IS NULL");

        migrationBuilder.CreateTable(
            name: "skyroom_connections",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                session_id = table.Column<long>(nullable: false),
                account_id = table.Column<long>(nullable: false),
                service_id = table.Column<long>(nullable: false),
                room_id = table.Column<long>(nullable: false),
                user_id = table.Column<long>(nullable: true),
                api_user_id = table.Column<string>(maxLength: 128, nullable: true),
                client_id = table.Column<string>(maxLength: 140, nullable: false),
                nickname = table.Column<string>(maxLength: 128, nullable: false),
                access = table.Column<int>(nullable: false),
                is_guest = table.Column<bool>(nullable: false),
                status = table.Column<int>(nullable: false),
                instance = table.Column<string>(maxLength: 32, nullable: false),
                start_time = table.Column<long>(nullable: false),
                stop_time = table.Column<long>(nullable: true),
                last_seen = table.Column<long>(nullable: false),
                counted_seconds = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_connections", x => x.id);
                table.ForeignKey("FK_skyroom_connections_skyroom_sessions_session_id", x => x.session_id, "skyroom_sessions", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_connections_session_id", "skyroom_connections", "session_id");
        migrationBuilder.CreateIndex("IX_skyroom_connections_user_id", "skyroom_connections", "user_id");
        migrationBuilder.CreateIndex("IX_skyroom_connections_open", "skyroom_connections", ["account_id", "room_id"], filter: "stop_time IS NULL");

        migrationBuilder.CreateTable(
            name: "skyroom_chat_messages",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                session_id = table.Column<long>(nullable: false),
                room_id = table.Column<long>(nullable: false),
                connection_id = table.Column<long>(nullable: false),
                nickname = table.Column<string>(maxLength: 128, nullable: false),
                access = table.Column<int>(nullable: false),
                text = table.Column<string>(maxLength: 1000, nullable: false),
                time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_skyroom_chat_messages", x => x.id);
                table.ForeignKey("FK_skyroom_chat_messages_skyroom_sessions_session_id", x => x.session_id, "skyroom_sessions", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_skyroom_chat_messages_session_id_id", "skyroom_chat_messages", ["session_id", "id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("skyroom_chat_messages");
        migrationBuilder.DropTable("skyroom_connections");
        migrationBuilder.DropTable("skyroom_sessions");
        migrationBuilder.DropColumn("time_total", "skyroom_services");
    }
}
