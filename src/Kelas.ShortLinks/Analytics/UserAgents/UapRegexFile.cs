namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>The three parser lists of uap-core's <c>regexes.yaml</c>, as YamlDotNet reads them.</summary>
internal sealed class UapRegexFile
{
    public List<UapRegexEntry>? UserAgentParsers { get; set; }

    public List<UapRegexEntry>? OsParsers { get; set; }

    public List<UapRegexEntry>? DeviceParsers { get; set; }
}
