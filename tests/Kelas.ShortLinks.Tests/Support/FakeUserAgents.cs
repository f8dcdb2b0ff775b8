using Kelas.ShortLinks.Analytics;

namespace Kelas.ShortLinks.Tests.Support;

/// <summary>A User-Agent classifier that knows Chrome on Windows 10, Firefox on Linux and Googlebot.</summary>
internal sealed class FakeUserAgents : IUserAgentClassifier
{
    public const string ChromeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    public const string FirefoxLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    public UserAgentInfo Classify(string? userAgent) => userAgent switch
    {
        ChromeWindows => new UserAgentInfo("Chrome", "Windows 10", false),
        FirefoxLinux => new UserAgentInfo("Firefox", "Linux", false),
        Googlebot => new UserAgentInfo("Googlebot", "Other", true),
        _ => UserAgentInfo.Unknown,
    };
}
