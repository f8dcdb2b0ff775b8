using Kelas.Abrish.Data;
using Kelas.Core.Database;
using Kelas.Core.RateLimiting;
using Kelas.Shad.Data;
using Kelas.ShortLinks.Data;
using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Server.Tests.Database;

/// <summary>
/// dotnet-ef is not available here, so migrations are hand-written; this proves that a database built by the
/// migrations has exactly the schema the model describes (what EnsureCreated would build), on the provider
/// the suite runs on (SQLite, or PostgreSQL in the CI lane). A module adds its context to <see cref="Contexts"/>.
/// </summary>
public sealed class MigrationSchemaTests
{
    public static TheoryData<string> Contexts => new()
    {
        nameof(SkyroomDbContext), nameof(RateLimitDbContext), nameof(ShortLinksDbContext), nameof(ShadDbContext), nameof(AbrishDbContext),
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task MigratedSchemaEqualsTheModel(string contextName)
    {
        var (type, historyTable) = contextName switch
        {
            nameof(SkyroomDbContext) => (typeof(SkyroomDbContext), SkyroomDbContext.MigrationsHistoryTable),
            nameof(RateLimitDbContext) => (typeof(RateLimitDbContext), RateLimitDbContext.MigrationsHistoryTable),
            nameof(ShortLinksDbContext) => (typeof(ShortLinksDbContext), ShortLinksDbContext.MigrationsHistoryTable),
            nameof(ShadDbContext) => (typeof(ShadDbContext), ShadDbContext.MigrationsHistoryTable),
            nameof(AbrishDbContext) => (typeof(AbrishDbContext), AbrishDbContext.MigrationsHistoryTable),
            _ => throw new ArgumentOutOfRangeException(nameof(contextName)),
        };

        using var migratedDatabase = new TestDatabase();
        using var createdDatabase = new TestDatabase();
        await using var migrated = CreateContext(type, migratedDatabase, historyTable);
        await using var created = CreateContext(type, createdDatabase, historyTable);

        await migrated.MigrateKelasDatabaseAsync(CancellationToken.None);
        await created.Database.EnsureCreatedAsync();

        var expected = await SchemaReader.DescribeAsync(created, [historyTable]);
        var actual = await SchemaReader.DescribeAsync(migrated, [historyTable, "__EFMigrationsLock"]);
        Assert.NotEmpty(expected);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigratingTwiceIsHarmless()
    {
        using var database = new TestDatabase();
        await using (var first = CreateContext(typeof(SkyroomDbContext), database, SkyroomDbContext.MigrationsHistoryTable))
        {
            await first.MigrateKelasDatabaseAsync(CancellationToken.None);
        }

        await using var second = CreateContext(typeof(SkyroomDbContext), database, SkyroomDbContext.MigrationsHistoryTable);
        await second.MigrateKelasDatabaseAsync(CancellationToken.None);
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    private static DbContext CreateContext(Type type, TestDatabase database, string historyTable)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UseKelasDatabase(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString }, historyTable);
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }
}
