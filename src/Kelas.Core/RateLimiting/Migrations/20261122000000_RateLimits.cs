using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kelas.Core.RateLimiting.Migrations;

[DbContext(typeof(RateLimitDbContext))]
[Migration("20261122000000_RateLimits")]
internal sealed class RateLimits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "kelas_rate_limits",
            columns: table => new
            {
                scope = table.Column<string>(maxLength: 32, nullable: false),
                key = table.Column<string>(maxLength: 64, nullable: false),
                window_start = table.Column<long>(nullable: false),
                count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_kelas_rate_limits", x => new { x.scope, x.key, x.window_start }));
        migrationBuilder.CreateIndex("IX_kelas_rate_limits_window_start", "kelas_rate_limits", "window_start");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("kelas_rate_limits");
}
