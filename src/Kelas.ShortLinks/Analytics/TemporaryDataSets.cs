using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.ShortLinks.Analytics;

// Replaced by the data-set readers when their branch is merged.
internal static class TemporaryDataSets
{
    public static IServiceCollection AddShortLinkAnalyticsDataSets(this IServiceCollection services)
    {
        services.TryAddSingleton<IGeoLocator, NoGeo>();
        services.TryAddSingleton<IUserAgentClassifier, NoAgents>();
        return services;
    }

    private sealed class NoGeo : IGeoLocator
    {
        public GeoPlace Locate(System.Net.IPAddress? address) => GeoPlace.Unknown;
    }

    private sealed class NoAgents : IUserAgentClassifier
    {
        public UserAgentInfo Classify(string? userAgent) =>
            userAgent?.Contains("bot", StringComparison.OrdinalIgnoreCase) == true ? UserAgentInfo.Unknown with { IsBot = true } : UserAgentInfo.Unknown;
    }
}
