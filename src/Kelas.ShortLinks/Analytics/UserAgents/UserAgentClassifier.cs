using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>
/// Browser family, OS family and bot flag from uap-core's <c>regexes.yaml</c> (npm <c>uap-core</c>), read on the first
/// call. Without that file browsers and OSes read "Unknown" (one warning is logged), but bots are still recognised by
/// name. Answers are cached, since the same User-Agents come back again and again.
/// </summary>
internal sealed partial class UserAgentClassifier : IUserAgentClassifier
{
    /// <summary>Only this many leading characters are classified (and cached); real User-Agents are far shorter.</summary>
    public const int MaxUserAgentLength = 512;

    public const int DefaultCacheCapacity = 10_000;

    private static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromMilliseconds(50);
    private static readonly UserAgentInfo UnknownBot = UserAgentInfo.Unknown with { IsBot = true };

    private readonly ILogger<UserAgentClassifier> logger;
    private readonly Lazy<UapRegexSet?> regexes;
    private readonly ConcurrentDictionary<string, UserAgentInfo> cache = new(StringComparer.Ordinal);
    private readonly int cacheCapacity;
    private int cacheCount;

    public UserAgentClassifier(string? regexesPath, ILogger<UserAgentClassifier> logger, int cacheCapacity = DefaultCacheCapacity, TimeSpan? matchTimeout = null)
    {
        this.logger = logger;
        this.cacheCapacity = cacheCapacity;
        var timeout = matchTimeout ?? DefaultMatchTimeout;
        regexes = new Lazy<UapRegexSet?>(() => Load(regexesPath, timeout), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The loaded patterns (loading them if that has not happened yet), or null without the data set.</summary>
    public UapRegexSet? Patterns => regexes.Value;

    /// <summary>Whether the data set has been read (or found missing) yet.</summary>
    public bool IsLoaded => regexes.IsValueCreated;

    /// <summary>Reads the data set now rather than on the first call.</summary>
    public void Preload() => _ = regexes.Value;

    /// <summary>How many answers the cache holds (approximately, under concurrent use).</summary>
    public int CachedCount => cache.Count;

    public UserAgentInfo Classify(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UserAgentInfo.Unknown;
        }

        var key = userAgent.Length > MaxUserAgentLength ? userAgent[..MaxUserAgentLength] : userAgent;
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var info = ClassifyUncached(key);
        // An approximate count: ConcurrentDictionary.Count takes every lock, and the bound need not be exact.
        if (Interlocked.Increment(ref cacheCount) > cacheCapacity)
        {
            cache.Clear();
            Interlocked.Exchange(ref cacheCount, 1);
        }

        return cache.GetOrAdd(key, info);
    }

    /// <summary>Our own check, independent of the data set: the User-Agent names a bot, a crawler or a spider.</summary>
    public static bool NamesABot(string userAgent) =>
        userAgent.Contains("crawler", StringComparison.OrdinalIgnoreCase)
        || userAgent.Contains("spider", StringComparison.OrdinalIgnoreCase)
        || NamesABotOtherThanCubot(userAgent);

    private static bool NamesABotOtherThanCubot(ReadOnlySpan<char> userAgent)
    {
        // Cubot is a phone maker ("Android 12; CUBOT P50"), not a bot.
        for (var at = userAgent.IndexOf("bot", StringComparison.OrdinalIgnoreCase); at >= 0; )
        {
            if (at < 2 || !userAgent.Slice(at - 2, 2).Equals("cu", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            userAgent = userAgent[(at + 3)..];
            at = userAgent.IndexOf("bot", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private UserAgentInfo ClassifyUncached(string userAgent)
    {
        var patterns = regexes.Value;
        var isBot = NamesABot(userAgent) || (patterns?.IsSpider(userAgent) ?? false);
        if (patterns is null)
        {
            return isBot ? UnknownBot : UserAgentInfo.Unknown;
        }

        var browser = patterns.Browser(userAgent);
        var (os, major) = patterns.Os(userAgent);
        if (os == "Windows" && major is not null)
        {
            // The original service's statistics show "Windows 10", not "Windows".
            os = $"Windows {major}";
        }

        return new UserAgentInfo(NameOrUnknown(browser), NameOrUnknown(os), isBot);
    }

    private static string NameOrUnknown(string? family) =>
        family is null or "Other" ? GeoPlace.UnknownName : family;

    private UapRegexSet? Load(string? path, TimeSpan matchTimeout)
    {
        if (path is null || !File.Exists(path))
        {
            LogDataSetMissing(logger, path ?? "regexes.yaml (no .kelas-data directory found)");
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var reader = File.OpenText(path);
            var set = UapRegexSet.Load(reader, matchTimeout);
            LogDataSetLoaded(logger, path, set.BrowserPatterns, set.OsPatterns, set.DevicePatterns, set.SpiderPatterns, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (set.SkippedPatterns > 0)
            {
                LogPatternsSkipped(logger, set.SkippedPatterns);
            }

            return set;
        }
        catch (Exception e)
        {
            // Whatever the failure (YAML syntax, I/O, an unexpected shape), the server runs on without this file.
            LogDataSetUnreadable(logger, e, path);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "User-agent data set not found: {Path}. Browsers and OSes will read Unknown (bots are still recognised by name); run scripts/install-datasets.sh to install it.")]
    private static partial void LogDataSetMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "User-agent data set {Path} could not be read; browsers and OSes will read Unknown. Reinstall it with scripts/install-datasets.sh.")]
    private static partial void LogDataSetUnreadable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "User-agent data set {Path} loaded: {Browsers} browser, {Systems} OS and {Devices} device patterns ({Spiders} of them spiders) in {ElapsedMs:F0} ms")]
    private static partial void LogDataSetLoaded(ILogger logger, string path, int browsers, int systems, int devices, int spiders, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "User-agent data set: {Count} patterns skipped because .NET's regex engine rejects them")]
    private static partial void LogPatternsSkipped(ILogger logger, int count);
}
