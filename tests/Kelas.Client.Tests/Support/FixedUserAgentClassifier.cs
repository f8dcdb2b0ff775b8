using Kelas.ShortLinks.Analytics;

namespace Kelas.Client.Tests.Support;

/// <summary>The server's User-Agent data set replaced by three known agents; every other agent is Unknown.</summary>
internal sealed class FixedUserAgentClassifier : IUserAgentClassifier
{
    public const string EdgeOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";
    public const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    public const string Crawler = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

    public UserAgentInfo Classify(string? userAgent) => userAgent switch
    {
        EdgeOnWindows => new UserAgentInfo("Edge", "Windows 10", IsBot: false),
        SafariOnIPhone => new UserAgentInfo("Mobile Safari", "iOS", IsBot: false),
        Crawler => new UserAgentInfo("bingbot", "Other", IsBot: true),
        _ => UserAgentInfo.Unknown,
    };
}
