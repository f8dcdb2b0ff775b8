namespace Kelas.ShortLinks.Wire;

/// <summary>Every field of a gateway call, from the query string and the form (or a JSON object body), in arrival order.</summary>
internal sealed class GatewayFields
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => values.Keys;

    public void Add(string name, string value)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = [];
        }

        list.Add(value);
    }

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string? First(string name) => values.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>For credentials, whose spelling varies between POD documents (<c>scApiKey</c>, <c>ScApiKey</c>).</summary>
    public string? FirstIgnoringCase(string name) =>
        First(name) ?? values.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value?[0];
}
