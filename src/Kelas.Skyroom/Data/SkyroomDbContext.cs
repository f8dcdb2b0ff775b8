using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Data;

internal sealed class SkyroomDbContext(DbContextOptions<SkyroomDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "skyroom_migrations";

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RoomUser> RoomUsers => Set<RoomUser>();

    public DbSet<RoomSession> Sessions => Set<RoomSession>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SkyroomDbContext).Assembly);
        modelBuilder.UseSnakeCaseColumns();
    }
}
