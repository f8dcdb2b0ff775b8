using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Data;

internal sealed class AbrishDbContext(DbContextOptions<AbrishDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "abrish_migrations";

    public DbSet<Registrant> Registrants => Set<Registrant>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationUser> Users => Set<OrganizationUser>();

    public DbSet<UsedNonce> Nonces => Set<UsedNonce>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AbrishDbContext).Assembly);
        modelBuilder.UseSnakeCaseColumns();
    }
}
