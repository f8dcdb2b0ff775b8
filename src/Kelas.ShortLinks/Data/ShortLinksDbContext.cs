using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks.Data;

internal sealed class ShortLinksDbContext(DbContextOptions<ShortLinksDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "shortlink_migrations";

    public DbSet<Business> Businesses => Set<Business>();

    public DbSet<Link> Links => Set<Link>();

    public DbSet<VisitCount> VisitCounts => Set<VisitCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ShortLinksDbContext).Assembly);
        modelBuilder.UseSnakeCaseColumns();
    }
}
