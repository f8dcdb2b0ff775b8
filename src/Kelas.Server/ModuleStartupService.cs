using Kelas.Core.Modules;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kelas.Server;

/// <summary>
/// Runs before the server listens: applies every module's migrations and, on an empty database, creates the demo
/// accounts; once listening, prints what a newcomer needs to call each service.
/// </summary>
internal sealed class ModuleStartupService(
    IServiceProvider services, IOptions<StartupOptions> options, IHostApplicationLifetime lifetime, IServer server, StartupConsole console)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.MigrateModulesAsync(cancellationToken);
        if (!options.Value.SeedDemo)
        {
            return;
        }

        var demos = await services.SeedDemoDataAsync(cancellationToken);
        if (demos.Count > 0)
        {
            lifetime.ApplicationStarted.Register(() => PrintDemo(demos));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintDemo(IReadOnlyList<DemoAccount> demos)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? KelasServer.DefaultUrl;
        var baseUrl = address.Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://+", "://127.0.0.1").TrimEnd('/');
        var output = console.Out;
        output.WriteLine();
        output.WriteLine("First start: demo data created. These secrets are shown only now (each module's rotate-key command prints new ones; see the README).");
        foreach (var demo in demos)
        {
            output.WriteLine();
            output.WriteLine($"  {demo.Service}");
            foreach (var line in demo.Credentials)
            {
                output.WriteLine($"    {line.Replace("{base}", baseUrl)}");
            }

            output.WriteLine($"    try: {demo.CurlLine.Replace("{base}", baseUrl)}");
        }

        output.WriteLine();
    }
}
