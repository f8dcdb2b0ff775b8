using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Analytics.Geo;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Bench;

/// <summary>
/// What the visit writer pays per visit for the analytics data sets (installed by scripts/install-datasets.sh):
/// geolocation lookups and User-Agent classification, new and already seen, against a baseline measured in the same
/// run — a ConcurrentDictionary lookup, the least any per-visit cache costs.
/// </summary>
internal static class AnalyticsDataSetsBenchmark
{
    private static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{0}.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-A{0}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{0} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:{0}.0) Gecko/20100101 Firefox/{0}.0",
    ];

    public static int Run(string[] args)
    {
        var count = Options.Int(args, "--lookups", 20_000);
        var paths = AnalyticsDataSets.Resolve(new AnalyticsDataOptions());
        if (paths.GeoIpV4 is null || !File.Exists(paths.GeoIpV4) || paths.UserAgentRegexes is null || !File.Exists(paths.UserAgentRegexes))
        {
            Console.Error.WriteLine("The analytics data sets are not installed: run ./scripts/install-datasets.sh first.");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        using var geo = new GeoLocator(paths.GeoIpV4, paths.GeoIpV6, NullLogger<GeoLocator>.Instance);
        geo.Preload();
        var geoOpen = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var agents = new UserAgentClassifier(paths.UserAgentRegexes, NullLogger<UserAgentClassifier>.Instance, cacheCapacity: count * 2);
        agents.Preload();
        var agentsLoad = watch.Elapsed.TotalMilliseconds;

        var random = new Random(42);
        var addresses = Enumerable.Range(0, count).Select(_ => new IPAddress(BitConverter.GetBytes(random.Next(0x01000000, 0x7F000000)))).ToArray();
        var userAgents = Enumerable.Range(0, count)
            .Select(i => string.Format(CultureInfo.InvariantCulture, Browsers[i % Browsers.Length], 100 + (i / Browsers.Length)))
            .ToArray();
        var baselineCache = new ConcurrentDictionary<string, int>(userAgents.Select((ua, i) => KeyValuePair.Create(ua, i)));

        var results = new (string Name, double MicrosecondsEach)[]
        {
            ("baseline: ConcurrentDictionary lookup of a User-Agent", Each(count, i => baselineCache.TryGetValue(userAgents[i], out _))),
            ("geolocation of a random IPv4 address", Each(count, i => geo.Locate(addresses[i]))),
            ("geolocation of the same addresses again", Each(count, i => geo.Locate(addresses[i]))),
            ("classifying a User-Agent not seen before", Each(count, i => agents.Classify(userAgents[i]))),
            ("classifying a User-Agent already seen", Each(count, i => agents.Classify(userAgents[i]))),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"opening both geolocation files: {geoOpen:F0} ms; loading regexes.yaml: {agentsLoad:F0} ms"));
        Console.WriteLine();
        Console.WriteLine($"| per visit ({count:N0} each) | µs each | ratio to baseline |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, each) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {each:F2} | {each / results[0].MicrosecondsEach:F0} |"));
        }

        return 0;
    }

    private static double Each<T>(int count, Func<int, T> run)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(run(i));
        }

        return watch.Elapsed.TotalMicroseconds / count;
    }
}
