using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>
/// uap-core's patterns, ready to match: the user-agent, OS and device parser lists in order (first match wins). Of the
/// devices only the "Spider" family matters to Kelas. Patterns .NET cannot compile are left out and counted.
/// Immutable; safe for concurrent use.
/// </summary>
internal sealed class UapRegexSet
{
    private const string SpiderDevice = "Spider";

    private readonly UapParser[] browsers;
    private readonly UapParser[] systems;
    private readonly UapParser[] devices;
    private readonly bool[] deviceIsSpider;
    private readonly (int Index, UapParser Guard)[] spiders;

    private UapRegexSet(UapParser[] browsers, UapParser[] systems, UapParser[] devices, bool[] deviceIsSpider, (int, UapParser)[] spiders, int skippedPatterns)
    {
        this.browsers = browsers;
        this.systems = systems;
        this.devices = devices;
        this.deviceIsSpider = deviceIsSpider;
        this.spiders = spiders;
        SkippedPatterns = skippedPatterns;
    }

    public int BrowserPatterns => browsers.Length;

    public int OsPatterns => systems.Length;

    public int DevicePatterns => devices.Length;

    public int SpiderPatterns => spiders.Length;

    /// <summary>Patterns left out because .NET's regex engine rejects them.</summary>
    public int SkippedPatterns { get; }

    /// <summary>Reads a <c>regexes.yaml</c>; throws <see cref="YamlDotNet.Core.YamlException"/> when it is not one.</summary>
    public static UapRegexSet Load(TextReader yaml, TimeSpan matchTimeout)
    {
        var file = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<UapRegexFile?>(yaml) ?? new UapRegexFile();

        var skipped = 0;
        var browsers = Build(file.UserAgentParsers, e => e.FamilyReplacement, _ => null).Select(p => p.Parser).ToArray();
        var systems = Build(file.OsParsers, e => e.OsReplacement, e => e.OsV1Replacement).Select(p => p.Parser).ToArray();
        var devices = Build(file.DeviceParsers, _ => null, _ => null);
        var spiders = new List<(int, UapParser)>();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Entry.DeviceReplacement == SpiderDevice)
            {
                // Spider patterns are first only asked whether they match at all, where the non-backtracking engine gives
                // the same answer as the backtracking one in microseconds instead of hundreds of them for uap-core's
                // long "^.{0,100}(bot|…)".
                var entry = devices[i].Entry;
                var guard = TryCreate(entry.Regex!, Options(entry) | RegexOptions.NonBacktracking, matchTimeout);
                spiders.Add((i, guard is null ? devices[i].Parser : new UapParser(guard, null, null)));
            }
        }

        return new UapRegexSet(
            browsers,
            systems,
            [.. devices.Select(d => d.Parser)],
            [.. devices.Select(d => d.Entry.DeviceReplacement == SpiderDevice)],
            [.. spiders],
            skipped);

        List<(UapRegexEntry Entry, UapParser Parser)> Build(IEnumerable<UapRegexEntry>? entries, Func<UapRegexEntry, string?> family, Func<UapRegexEntry, string?> major)
        {
            var parsers = new List<(UapRegexEntry, UapParser)>();
            foreach (var entry in entries ?? [])
            {
                if (string.IsNullOrEmpty(entry.Regex))
                {
                    continue;
                }

                if (TryCreate(entry.Regex, Options(entry), matchTimeout) is { } regex)
                {
                    parsers.Add((entry, new UapParser(regex, family(entry), major(entry))));
                }
                else
                {
                    skipped++;
                }
            }

            return parsers;
        }
    }

    private static RegexOptions Options(UapRegexEntry entry) =>
        RegexOptions.CultureInvariant | (entry.RegexFlag == "i" ? RegexOptions.IgnoreCase : RegexOptions.None);

    private static Regex? TryCreate(string pattern, RegexOptions options, TimeSpan matchTimeout)
    {
        try
        {
            return new Regex(pattern, options, matchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Syntax .NET does not know (ArgumentException), or beyond the non-backtracking engine (NotSupportedException).
            return null;
        }
    }

    /// <summary>The user-agent family ("Chrome", "Mobile Safari" …), or null when no pattern matches (uap-core's "Other").</summary>
    public string? Browser(string userAgent)
    {
        foreach (var parser in browsers)
        {
            if (parser.TryMatch(userAgent, out var family, out _))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>The OS family and major version ("Windows", "10"), or nulls when no pattern matches.</summary>
    public (string? Family, string? Major) Os(string userAgent)
    {
        foreach (var parser in systems)
        {
            if (parser.TryMatch(userAgent, out var family, out var major))
            {
                return (family, major);
            }
        }

        return (null, null);
    }

    /// <summary>Whether the first of uap-core's device patterns to match <paramref name="userAgent"/> is a "Spider" one.</summary>
    public bool IsSpider(string userAgent)
    {
        foreach (var (index, guard) in spiders)
        {
            if (!guard.IsMatch(userAgent))
            {
                continue;
            }

            // An earlier device pattern takes precedence: "CUBOT P50" is a Cubot phone, not a spider for naming a bot.
            for (var i = 0; i < index; i++)
            {
                if (devices[i].IsMatch(userAgent))
                {
                    return deviceIsSpider[i];
                }
            }

            return true;
        }

        return false;
    }
}
