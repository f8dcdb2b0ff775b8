using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Core.Database;

/// <summary>
/// The one place that knows about database providers. Every module registers its own DbContext
/// through <see cref="AddKelasDbContext{TContext}"/>; all of them share one database, each with its own
/// migrations history table.
/// </summary>
public static class KelasDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=kelas.db";

    public static IHostApplicationBuilder AddKelasDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString("Kelas"))
            .Validate(options => options.HasKnownProvider, "Database:Provider must be 'sqlite' or 'postgres'.")
            .Validate(
                options => !options.HasKnownProvider || options.ParsedProvider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:Provider=postgres needs ConnectionStrings:Kelas.")
            .ValidateOnStart();
        return builder;
    }

    public static IServiceCollection AddKelasDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        services.AddDbContextPool<TContext>((serviceProvider, options) =>
        {
            var database = serviceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseKelasDatabase(database, migrationsHistoryTable);
        });
        return services;
    }

    public static DbContextOptionsBuilder UseKelasDatabase(
        this DbContextOptionsBuilder options, DatabaseOptions database, string migrationsHistoryTable)
    {
        switch (database.ParsedProvider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            default:
                options.UseSqlite(
                    SqliteConnectionString(database.ConnectionString),
                    sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
                break;
        }

        // Migrations are hand-written (dotnet-ef is not available) and there is no model snapshot;
        // a test compares the migrated schema with the model instead.
        // Unique-index violations are expected outcomes (races on names) that callers turn into answers;
        // anything unexpected is logged by the caller that catches it.
        options.ConfigureWarnings(w => w
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
        return options;
    }

    private static string SqliteConnectionString(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnectionString : configured);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Applies the pending migrations of a module's context. On SQLite it first switches the file to WAL so
    /// readers never wait on the writer.
    /// </summary>
    /// <summary>Applies <typeparamref name="TContext"/>'s migrations from a scope of its own (what each module does at start-up).</summary>
    public static async Task MigrateKelasDatabaseAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().MigrateKelasDatabaseAsync(cancellationToken);
    }

    public static async Task MigrateKelasDatabaseAsync(this DbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsSqlite())
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }

        await context.Database.MigrateAsync(cancellationToken);
    }
}
