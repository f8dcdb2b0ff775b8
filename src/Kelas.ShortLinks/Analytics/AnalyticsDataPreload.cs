using Kelas.ShortLinks.Analytics.Geo;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Analytics;

/// <summary>
/// Loads the analytics data sets on a pool thread once the host has started (so start-up never waits for them, and
/// neither does the first visit unless it comes within the half second the loading takes).
/// </summary>
internal sealed class AnalyticsDataPreload(
    IOptions<AnalyticsDataOptions> options, IGeoLocator geoLocator, IUserAgentClassifier userAgents, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Preload)
        {
            lifetime.ApplicationStarted.Register(() => _ = Task.Run(Preload, CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Preload()
    {
        (geoLocator as GeoLocator)?.Preload();
        (userAgents as UserAgentClassifier)?.Preload();
    }
}
