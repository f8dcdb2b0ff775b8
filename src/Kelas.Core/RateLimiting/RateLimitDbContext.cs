using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Core.RateLimiting;

internal sealed class RateLimitDbContext(DbContextOptions<RateLimitDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "kelas_migrations";

    public DbSet<RateLimitWindow> Windows => Set<RateLimitWindow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var window = modelBuilder.Entity<RateLimitWindow>();
        window.ToTable("kelas_rate_limits");
        window.HasKey(w => new { w.Scope, w.Key, w.WindowStart });
        window.Property(w => w.Scope).HasMaxLength(32);
        window.Property(w => w.Key).HasMaxLength(64);
        window.HasIndex(w => w.WindowStart);
        modelBuilder.UseSnakeCaseColumns();
    }
}
