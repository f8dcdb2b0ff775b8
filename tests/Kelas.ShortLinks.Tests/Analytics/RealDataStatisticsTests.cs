using System.Net;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>The installed data sets end to end: visits through the public URL, dimensions read back through service 46414.</summary>
public sealed class RealDataStatisticsTests
{
    private const string ChromeOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    [RealDataFact]
    public async Task VisitsFromIranInChromeOnWindows10ReadBackWithThoseNames()
    {
        var paths = RealDataSets.Paths!;
        using var factory = new KelasFactory(
            new Dictionary<string, string?>
            {
                ["ShortLinks:DataSets:GeoIpV4"] = paths.GeoIpV4,
                ["ShortLinks:DataSets:GeoIpV6"] = paths.GeoIpV6,
                ["ShortLinks:DataSets:UserAgentRegexes"] = paths.UserAgentRegexes,
            },
            configureServices: services => services.AddTestClientAddress());
        var api = new ShortLinkWire(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), await factory.CreateShortLinkBusinessAsync());
        var hash = await api.AddAsync("https://example.com/real-data");

        Assert.Equal(HttpStatusCode.Redirect, await api.Http.VisitAsync(hash, ChromeOnWindows, "https://t.me/kelas", IPAddress.Parse("5.160.0.1")));
        Assert.Equal(HttpStatusCode.Redirect, await api.Http.VisitAsync(hash, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null, IPAddress.Parse("8.8.8.8")));
        await factory.FlushShortLinkVisitsAsync();
        var statistics = await api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash });

        Assert.Equal(1, statistics.GetProperty("totalCount").GetInt64());
        Assert.Equal("Iran", statistics.GetProperty("countries")[0].GetProperty("name").GetString());
        Assert.Equal("Chrome", statistics.GetProperty("browsers")[0].GetProperty("name").GetString());
        Assert.Equal("Windows 10", statistics.GetProperty("oses")[0].GetProperty("name").GetString());
        Assert.Equal("t.me", statistics.GetProperty("referers")[0].GetProperty("name").GetString());
    }
}
