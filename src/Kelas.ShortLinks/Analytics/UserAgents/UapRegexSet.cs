using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>
/// uap-core's patterns, ready to match: the user-agent and OS parser lists in order (first match wins), and those
/// device patterns whose device family is "Spider" (the only device family Kelas needs). Patterns .NET cannot compile
/// are left out and counted. Immutable; safe for concurrent use.
/// </summary>
internal sealed class UapRegexSet
{
    private const string SpiderDevice = "Spider";

    private readonly UapParser[] browsers;
    private readonly UapParser[] systems;
    private readonly UapParser[] spiders;

    private UapRegexSet(UapParser[] browsers, UapParser[] systems, UapParser[] spiders, int skippedPatterns)
    {
        this.browsers = browsers;
        this.systems = systems;
        this.spiders = spiders;
        SkippedPatterns = skippedPatterns;
    }

    public int BrowserPatterns => browsers.Length;

    public int OsPatterns => systems.Length;

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
        var browsers = Build(file.UserAgentParsers, e => e.FamilyReplacement, _ => null, RegexOptions.None);
        var systems = Build(file.OsParsers, e => e.OsReplacement, e => e.OsV1Replacement, RegexOptions.None);
        // Spider patterns are only asked whether they match, where the non-backtracking engine gives the same answer as
        // the backtracking one, in a few microseconds instead of hundreds for uap-core's long "^.{0,100}(bot|…)".
        var spiders = Build(file.DeviceParsers?.Where(e => e.DeviceReplacement == SpiderDevice), _ => null, _ => null, RegexOptions.NonBacktracking);
        return new UapRegexSet(browsers, systems, spiders, skipped);

        UapParser[] Build(IEnumerable<UapRegexEntry>? entries, Func<UapRegexEntry, string?> family, Func<UapRegexEntry, string?> major, RegexOptions engine)
        {
            var parsers = new List<UapParser>();
            foreach (var entry in entries ?? [])
            {
                if (string.IsNullOrEmpty(entry.Regex))
                {
                    continue;
                }

                var options = RegexOptions.CultureInvariant | (entry.RegexFlag == "i" ? RegexOptions.IgnoreCase : RegexOptions.None);
                var regex = (engine == RegexOptions.None ? null : TryCreate(entry.Regex, options | engine, matchTimeout))
                    ?? TryCreate(entry.Regex, options, matchTimeout);
                if (regex is null)
                {
                    skipped++;
                    continue;
                }

                parsers.Add(new UapParser(regex, family(entry), major(entry)));
            }

            return [.. parsers];
        }
    }

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

    /// <summary>Whether one of uap-core's "Spider" device patterns matches.</summary>
    public bool IsSpider(string userAgent)
    {
        foreach (var parser in spiders)
        {
            if (parser.IsMatch(userAgent))
            {
                return true;
            }
        }

        return false;
    }
}
