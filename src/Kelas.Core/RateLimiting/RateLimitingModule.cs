using Kelas.Core.Database;
using Kelas.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kelas.Core.RateLimiting;

public static class RateLimitingModule
{
    /// <summary>Registers <see cref="IRequestQuota"/> (memory or database, by <c>RateLimiting:Store</c>); safe to call twice.</summary>
    public static IHostApplicationBuilder AddKelasRateLimiting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IRequestQuota)))
        {
            return builder;
        }

        var options = builder.Configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (options.Store is not ("memory" or "database"))
        {
            throw new InvalidOperationException($"RateLimiting:Store '{options.Store}' is not supported; use 'memory' or 'database'.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddKelasDbContext<RateLimitDbContext>(RateLimitDbContext.MigrationsHistoryTable);
        services.AddSingleton<IKelasModule, RateLimitingKelasModule>();
        if (options.UsesDatabase)
        {
            services.AddSingleton<IRequestQuota, DatabaseRequestQuota>();
        }
        else
        {
            services.AddSingleton<IRequestQuota, MemoryRequestQuota>();
        }

        return builder;
    }

    private sealed class RateLimitingKelasModule : IKelasModule
    {
        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            services.MigrateKelasDatabaseAsync<RateLimitDbContext>(cancellationToken);

        public Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.FromResult<DemoAccount?>(null);
    }
}
