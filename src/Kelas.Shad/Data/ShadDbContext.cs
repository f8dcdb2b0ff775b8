using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Shad.Data;

internal sealed class ShadDbContext(DbContextOptions<ShadDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "shad_migrations";

    public DbSet<ShadEvent> Events => Set<ShadEvent>();

    public DbSet<DirectoryUser> Users => Set<DirectoryUser>();

    public DbSet<EventUser> EventUsers => Set<EventUser>();

    public DbSet<ServerSecret> Secrets => Set<ServerSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ShadDbContext).Assembly);
        modelBuilder.UseSnakeCaseColumns();
    }
}
