using Kelas.ShortLinks.Analytics;

namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>
/// The real data sets when installed: the directory named by KELAS_DATASETS_DIR if set (and only that), else a
/// <c>.kelas-data</c> above the test run (where <c>scripts/install-datasets.sh</c> puts them; <c>.ci/run</c> installs them).
/// </summary>
internal static class RealDataSets
{
    public static AnalyticsDataPaths? Paths { get; } = Find();

    private static AnalyticsDataPaths? Find()
    {
        var configured = Environment.GetEnvironmentVariable("KELAS_DATASETS_DIR");
        string?[] candidates = string.IsNullOrEmpty(configured)
            ? [AnalyticsDataSets.FindDataDirectory([Environment.CurrentDirectory, AppContext.BaseDirectory])]
            : [configured];
        return candidates
            .OfType<string>()
            .Select(directory => AnalyticsDataSets.Resolve(new AnalyticsDataOptions { Directory = directory }, []))
            .FirstOrDefault(paths => File.Exists(paths.GeoIpV4) && File.Exists(paths.GeoIpV6) && File.Exists(paths.UserAgentRegexes));
    }
}
