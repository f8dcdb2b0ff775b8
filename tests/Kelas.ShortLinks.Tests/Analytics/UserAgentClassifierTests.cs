using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Analytics.UserAgents;
using Microsoft.Extensions.Logging;

namespace Kelas.ShortLinks.Tests.Analytics;

public sealed class UserAgentClassifierTests : IDisposable
{
    private const string ChromeOnWindows10 =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    // A few parsers in uap-core's shape, including one .NET cannot compile (a possessive quantifier) and one that
    // backtracks catastrophically.
    private const string Regexes = """
        user_agent_parsers:
          - regex: '(Foo)++Bar'
            family_replacement: 'Possessive'
          - regex: '^(a+)+$'
            family_replacement: 'Catastrophic'
          - regex: '(Googlebot)/(\d+)'
          - regex: '(Namoroka|Shiretoko|Minefield)/(\d+)'
            family_replacement: 'Firefox ($1)'
          - regex: '(Edge?)/(\d+)'
            family_replacement: 'Edge'
          - regex: '(Chrome)/(\d+)'
          - regex: '(Firefox)/(\d+)'
          - regex: 'Version/(\d+).{0,100}Mobile.{0,100}Safari/'
            family_replacement: 'Mobile Safari'
          - regex: '^(?:a|Foo)'
            family_replacement: 'Fallback'

        os_parsers:
          - regex: '(Windows NT 10\.0)'
            os_replacement: 'Windows'
            os_v1_replacement: '10'
          - regex: '(Win(?:dows NT |32NT\/)6\.1)'
            os_replacement: 'Windows'
            os_v1_replacement: '7'
          - regex: 'Win(?:dows)? ?(95|98|ME)'
            os_replacement: 'Windows'
            os_v1_replacement: '$1'
          - regex: '(CPU[ +]OS|iPhone[ +]OS|CPU[ +]iPhone)[ +]+(\d+)[_\.](\d+)'
            os_replacement: 'iOS'
          - regex: '(Mac OS X) (\d+)[_.](\d+)'
          - regex: '(Windows|Android)'

        device_parsers:
          - regex: 'PhoneBrand (\w+)'
            device_replacement: '$1'
            brand_replacement: 'PhoneBrand'
          - regex: 'Slurp'
            device_replacement: 'Spider'
            brand_replacement: 'Spider'
          - regex: 'yandeximages'
            regex_flag: 'i'
            device_replacement: 'Spider'
            brand_replacement: 'Spider'
        """;

    private readonly TempDirectory directory = new();
    private readonly RecordingLogger<UserAgentClassifier> logger = new();

    [Fact]
    public void WindowsTenUserAgentReadsAsChromeOnWindows10()
    {
        Assert.Equal(new UserAgentInfo("Chrome", "Windows 10", false), Classifier().Classify(ChromeOnWindows10));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 6.1; rv:115.0) Gecko/20100101 Firefox/115.0", "Firefox", "Windows 7")]
    [InlineData("Mozilla/4.0 (compatible; MSIE 5.0; Win98) Firefox/1", "Firefox", "Windows 98")]
    [InlineData("Mozilla/5.0 (Windows; U) Chrome/40", "Chrome", "Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Firefox/120", "Firefox", "Mac OS X")]
    [InlineData("Mozilla/5.0 (Linux; Android 13) Chrome/125 Mobile", "Chrome", "Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Mobile/15E148 Safari/604.1", "Mobile Safari", "iOS")]
    public void BrowserAndOsAreTheFamiliesWithTheWindowsMajorVersion(string userAgent, string browser, string os)
    {
        Assert.Equal(new UserAgentInfo(browser, os, false), Classifier().Classify(userAgent));
    }

    [Fact]
    public void FamilyReplacementSubstitutesTheFirstGroup()
    {
        Assert.Equal("Firefox (Minefield)", Classifier().Classify("Mozilla/5.0 (Windows; Windows NT 5.1) Gecko/20100727 Minefield/4").Browser);
    }

    [Fact]
    public void FirstMatchingParserWins()
    {
        var info = Classifier().Classify("Mozilla/5.0 (Windows NT 10.0) Chrome/125.0 Safari/537.36 Edg/125.0");

        Assert.Equal(("Edge", "Windows 10"), (info.Browser, info.Os));
    }

    [Fact]
    public void UnrecognisedUserAgentReadsAsUnknown()
    {
        Assert.Equal(UserAgentInfo.Unknown, Classifier().Classify("curl/8.5.0"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyOrMissingUserAgentIsUnknownAndNotABot(string? userAgent)
    {
        Assert.Same(UserAgentInfo.Unknown, Classifier().Classify(userAgent));
        Assert.Same(UserAgentInfo.Unknown, WithoutDataSet().Classify(userAgent));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)")]
    [InlineData("Mozilla/5.0 (compatible; YandexImages/3.0)")]
    [InlineData("Some WebCrawler/1.0")]
    [InlineData("Baiduspider-image")]
    public void SpiderDevicePatternsAndBotNamesMarkABot(string userAgent)
    {
        Assert.True(Classifier().Classify(userAgent).IsBot);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 12; CUBOT P50) AppleWebKit/537.36 Chrome/110.0.0.0 Mobile Safari/537.36", false)]
    [InlineData("Mozilla/5.0 (Linux; Android 12; Cubot KingKong) TelegramBot", true)]
    [InlineData("cubot-robot", true)]
    public void CubotPhonesAreNotBotsByName(string userAgent, bool isBot)
    {
        Assert.Equal(isBot, UserAgentClassifier.NamesABot(userAgent));
    }

    [Fact]
    public void OtherDevicePatternsAreNotBots()
    {
        Assert.False(Classifier().Classify("Mozilla/5.0 (Linux; Android 13; PhoneBrand X1) Chrome/125").IsBot);
    }

    [Fact]
    public void EarlierDevicePatternWinsOverALaterSpiderPattern()
    {
        var classifier = Classifier();

        Assert.False(classifier.Classify("Mozilla/5.0 (Linux; Android 13; PhoneBrand Slurp) Chrome/125").IsBot);
        Assert.True(classifier.Classify("Mozilla/5.0 (Linux; Android 13) Slurp PhoneBrand+").IsBot);
    }

    [Fact]
    public void BotsAreRecognisedByNameWithoutTheDataSet()
    {
        var classifier = WithoutDataSet();

        Assert.Equal(new UserAgentInfo("Unknown", "Unknown", true), classifier.Classify("Mozilla/5.0 (compatible; Googlebot/2.1)"));
        Assert.True(classifier.Classify("AhrefsCrawler").IsBot);
        Assert.True(classifier.Classify("my-SPIDER").IsBot);
        Assert.Equal(UserAgentInfo.Unknown, classifier.Classify(ChromeOnWindows10));
        Assert.False(classifier.Classify("Mozilla/5.0 (compatible; Yahoo! Slurp)").IsBot); // needs uap-core's device patterns
    }

    [Fact]
    public void MissingDataSetLogsOneWarning()
    {
        var classifier = WithoutDataSet();
        classifier.Classify(ChromeOnWindows10);
        classifier.Classify("Mozilla/5.0 (X11; Linux x86_64) Firefox/120");

        var warning = Assert.Single(logger.At(LogLevel.Warning));
        Assert.Contains("absent.yaml", warning);
    }

    [Fact]
    public void UnreadableDataSetAnswersUnknownAfterOneWarning()
    {
        var classifier = new UserAgentClassifier(directory.Write("broken.yaml", "user_agent_parsers: [ { regex: '(Chrome)' "), logger);

        Assert.Equal(UserAgentInfo.Unknown, classifier.Classify(ChromeOnWindows10));
        Assert.Equal(UserAgentInfo.Unknown, classifier.Classify("Mozilla/5.0 Firefox/120"));
        Assert.Single(logger.At(LogLevel.Warning));
    }

    [Fact]
    public void PatternThatDotNetCannotCompileIsSkippedAndCounted()
    {
        var classifier = Classifier();

        Assert.Equal("Fallback", classifier.Classify("FooFooBar").Browser);
        Assert.Equal(1, classifier.Patterns!.SkippedPatterns);
        Assert.Contains(logger.At(LogLevel.Debug), m => m.Contains("1 patterns skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void MatchRunningPastTheTimeoutCountsAsNoMatch()
    {
        var classifier = new UserAgentClassifier(directory.Write("regexes.yaml", Regexes), logger, matchTimeout: TimeSpan.FromMilliseconds(20));

        Assert.Equal("Fallback", classifier.Classify(new string('a', 40) + "!").Browser);
    }

    [Fact]
    public void RepeatedUserAgentIsAnsweredFromTheCache()
    {
        var classifier = Classifier();

        var first = classifier.Classify(ChromeOnWindows10);

        Assert.Same(first, classifier.Classify(ChromeOnWindows10));
        Assert.Same(first, classifier.Classify(new string(ChromeOnWindows10.AsSpan())));
        Assert.Equal(1, classifier.CachedCount);
    }

    [Fact]
    public void FullCacheIsClearedRatherThanGrowing()
    {
        var classifier = new UserAgentClassifier(directory.Write("regexes.yaml", Regexes), logger, cacheCapacity: 3);

        for (var i = 0; i < 10; i++)
        {
            classifier.Classify($"Mozilla/5.0 (Windows NT 10.0) Chrome/{i}");
            Assert.InRange(classifier.CachedCount, 1, 3);
        }

        Assert.Equal(new UserAgentInfo("Chrome", "Windows 10", false), classifier.Classify("Mozilla/5.0 (Windows NT 10.0) Chrome/9"));
    }

    [Fact]
    public void OnlyTheFirst512CharactersAreClassified()
    {
        var classifier = Classifier();
        var padding = "Mozilla/5.0 (Windows NT 10.0) " + new string(' ', UserAgentClassifier.MaxUserAgentLength);

        Assert.Equal(new UserAgentInfo("Unknown", "Windows 10", false), classifier.Classify(padding + "Chrome/126 Googlebot/2.1"));
        Assert.Equal("Chrome", classifier.Classify(ChromeOnWindows10 + new string(' ', 1_000) + "bot").Browser);
        Assert.False(classifier.Classify(ChromeOnWindows10 + new string(' ', 1_000) + "bot").IsBot);
    }

    [Fact]
    public void ConcurrentCallersGetConsistentAnswers()
    {
        var classifier = Classifier();
        var agents = Enumerable.Range(0, 200).Select(i => $"Mozilla/5.0 (Windows NT 6.1) Firefox/{i % 20}").ToArray();

        var results = agents.AsParallel().Select(classifier.Classify).ToArray();

        Assert.All(results, r => Assert.Equal(new UserAgentInfo("Firefox", "Windows 7", false), r));
    }

    public void Dispose() => directory.Dispose();

    private UserAgentClassifier Classifier() => new(directory.Write("regexes.yaml", Regexes), logger);

    private UserAgentClassifier WithoutDataSet() => new(Path.Combine(directory.Path, "absent.yaml"), logger);
}
