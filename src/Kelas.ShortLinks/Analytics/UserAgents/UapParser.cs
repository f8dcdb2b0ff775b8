using System.Text;
using System.Text.RegularExpressions;

namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>
/// One uap-core pattern with its replacements. Family and major version are the replacement (with <c>$1</c>…<c>$9</c>
/// substituted by the groups) when there is one, else the first and second groups.
/// </summary>
internal sealed class UapParser(Regex regex, string? familyReplacement, string? majorReplacement)
{
    /// <summary>Matches <paramref name="userAgent"/>; a match that runs past the regex timeout counts as no match.</summary>
    public bool TryMatch(string userAgent, out string? family, out string? major)
    {
        family = major = null;
        Match match;
        try
        {
            match = regex.Match(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        family = Value(match, familyReplacement, 1);
        major = Value(match, majorReplacement, 2);
        return true;
    }

    /// <summary>Whether the pattern matches, without reading groups (timeouts count as no match).</summary>
    public bool IsMatch(string userAgent)
    {
        try
        {
            return regex.IsMatch(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Value(Match match, string? replacement, int group)
    {
        if (replacement is null)
        {
            return NullIfEmpty(group < match.Groups.Count && match.Groups[group].Success ? match.Groups[group].Value : null);
        }

        if (!replacement.Contains('$'))
        {
            return NullIfEmpty(replacement);
        }

        var text = new StringBuilder(replacement.Length + 16);
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] == '$' && i + 1 < replacement.Length && replacement[i + 1] is >= '1' and <= '9')
            {
                var n = replacement[++i] - '0';
                if (n < match.Groups.Count && match.Groups[n].Success)
                {
                    text.Append(match.Groups[n].ValueSpan);
                }
            }
            else
            {
                text.Append(replacement[i]);
            }
        }

        return NullIfEmpty(text.ToString());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
