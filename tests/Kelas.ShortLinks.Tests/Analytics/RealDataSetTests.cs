using System.Net;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Analytics.Geo;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.Logging;

namespace Kelas.ShortLinks.Tests.Analytics;

public sealed class RealDataSetTests
{
    [RealDataFact]
    public void InstalledDataSetsPlaceIranAndTheUnitedStatesAndKnowChromeOnWindows10AndGooglebot()
    {
        var paths = RealDataSets.Paths!;
        var geoLogger = new RecordingLogger<GeoLocator>();
        var userAgentLogger = new RecordingLogger<UserAgentClassifier>();
        using var locator = new GeoLocator(paths.GeoIpV4, paths.GeoIpV6, geoLogger);
        var classifier = new UserAgentClassifier(paths.UserAgentRegexes, userAgentLogger);

        Assert.Equal("Iran", locator.Locate(IPAddress.Parse("5.160.0.1")).Country);
        Assert.Equal("Iran", locator.Locate(IPAddress.Parse("2.144.0.1")).Country);
        Assert.Equal("Iran", locator.Locate(IPAddress.Parse("::ffff:2.144.0.1")).Country);
        Assert.Equal("United States", locator.Locate(IPAddress.Parse("8.8.8.8")).Country);
        Assert.NotEqual(GeoPlace.UnknownName, locator.Locate(IPAddress.Parse("2001:4860:4860::8888")).Country);
        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("192.168.1.1")));
        Assert.Equal(
            new UserAgentInfo("Chrome", "Windows 10", false),
            classifier.Classify("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"));
        Assert.Equal(
            new UserAgentInfo("Mobile Safari", "iOS", false),
            classifier.Classify("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        Assert.True(classifier.Classify("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").IsBot);
        Assert.True(classifier.Classify("WhatsApp/2.23.20.0").IsBot); // only uap-core's Spider device patterns know this one
        Assert.False(classifier.Classify("Mozilla/5.0 (Linux; Android 12; CUBOT P50) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Mobile Safari/537.36").IsBot);
        Assert.Empty(geoLogger.At(LogLevel.Warning));
        Assert.Empty(userAgentLogger.At(LogLevel.Warning));
    }
}
