using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Core.Modules;

public static class ModuleStartup
{
    public static async Task MigrateModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        foreach (var module in services.GetServices<IKelasModule>())
        {
            await module.MigrateAsync(services, cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<DemoAccount>> SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var created = new List<DemoAccount>();
        foreach (var module in services.GetServices<IKelasModule>())
        {
            if (await module.SeedDemoAsync(services, cancellationToken) is { } demo)
            {
                created.Add(demo);
            }
        }

        return created;
    }
}
