namespace Kelas.Client.ShortLinks;

/// <summary>The clicks from one country, with its cities.</summary>
public sealed record CountryClickCount
{
    /// <summary>The country; <c>Unknown</c> when the service could not tell.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>How many clicks came from the country.</summary>
    public long Count { get; init; }

    /// <summary>Clicks per city of the country.</summary>
    public IReadOnlyList<NamedClickCount> Cities { get; init => field = value ?? []; } = [];
}
