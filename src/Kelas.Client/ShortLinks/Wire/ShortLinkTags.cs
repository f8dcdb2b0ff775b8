namespace Kelas.Client.ShortLinks.Wire;

/// <summary>Tag lists travel as one string, separated by a Latin <c>,</c> or a Persian <c>،</c>.</summary>
internal static class ShortLinkTags
{
    private static readonly char[] Separators = [',', '،'];

    public static string[] Split(string text) =>
        text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Joins tags with <c>,</c>; a blank tag or one holding a separator would not survive the trip, so it is refused.</summary>
    public static string Join(IEnumerable<string> tags, string parameterName)
    {
        var list = new List<string>();
        foreach (var tag in tags)
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.IndexOfAny(Separators) >= 0)
            {
                throw new ArgumentException($"A tag may not be blank nor contain ',' or '،': \"{tag}\".", parameterName);
            }

            list.Add(tag.Trim());
        }

        return string.Join(',', list);
    }
}
