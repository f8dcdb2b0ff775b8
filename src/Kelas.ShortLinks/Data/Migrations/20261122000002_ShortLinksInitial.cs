using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.ShortLinks.Data.Migrations;

[DbContext(typeof(ShortLinksDbContext))]
[Migration("20261122000002_ShortLinksInitial")]
internal sealed class ShortLinksInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "shortlink_businesses",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                name = table.Column<string>(maxLength: 63, nullable: false),
                token_hash = table.Column<string>(maxLength: 64, nullable: false),
                token_prefix = table.Column<string>(maxLength: 8, nullable: false),
                api_key_hash = table.Column<string>(maxLength: 64, nullable: false),
                status = table.Column<int>(nullable: false),
                create_time = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_shortlink_businesses", x => x.id));
        migrationBuilder.CreateIndex("IX_shortlink_businesses_name", "shortlink_businesses", "name", unique: true);
        migrationBuilder.CreateIndex("IX_shortlink_businesses_token_hash", "shortlink_businesses", "token_hash", unique: true);

        migrationBuilder.CreateTable(
            name: "shortlink_links",
            columns: table => new
            {
                id = table.Column<long>(nullable: false).Identity(),
                business_id = table.Column<long>(nullable: false),
                hash = table.Column<string>(maxLength: 32, nullable: false),
                kind = table.Column<int>(nullable: false),
                url_or_content = table.Column<string>(maxLength: 10_000, nullable: false),
                content_key = table.Column<string>(maxLength: 64, nullable: false),
                custom_hash = table.Column<bool>(nullable: false),
                tags = table.Column<string>(maxLength: 1_300, nullable: false),
                active = table.Column<bool>(nullable: false),
                visit_count = table.Column<long>(nullable: false),
                create_time = table.Column<long>(nullable: false),
                expire_time = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_shortlink_links", x => x.id);
                table.ForeignKey("FK_shortlink_links_shortlink_businesses_business_id", x => x.business_id, "shortlink_businesses", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_shortlink_links_hash", "shortlink_links", "hash", unique: true);
        migrationBuilder.CreateIndex("IX_shortlink_links_business_id_content_key", "shortlink_links", ["business_id", "content_key"], unique: true);
        migrationBuilder.CreateIndex("IX_shortlink_links_business_id_create_time", "shortlink_links", ["business_id", "create_time"]);

        migrationBuilder.CreateTable(
            name: "shortlink_visit_counts",
            columns: table => new
            {
                link_id = table.Column<long>(nullable: false),
                level = table.Column<int>(nullable: false),
                bucket = table.Column<long>(nullable: false),
                dimension = table.Column<int>(nullable: false),
                parent = table.Column<string>(maxLength: 255, nullable: false),
                name = table.Column<string>(maxLength: 255, nullable: false),
                count = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_shortlink_visit_counts", x => new { x.link_id, x.level, x.bucket, x.dimension, x.parent, x.name });
                table.ForeignKey("FK_shortlink_visit_counts_shortlink_links_link_id", x => x.link_id, "shortlink_links", "id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("shortlink_visit_counts");
        migrationBuilder.DropTable("shortlink_links");
        migrationBuilder.DropTable("shortlink_businesses");
    }
}
