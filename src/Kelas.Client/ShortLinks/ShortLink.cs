using System.Text.Json.Serialization;

namespace Kelas.Client.ShortLinks;

/// <summary>A short link, as answered by <c>add</c>, <c>visit</c> and <c>list</c>.</summary>
/// <remarks>
/// Times are UTC, read from Unix milliseconds. Fields the service leaves out keep their defaults: the original
/// service's <c>add</c> answers only the content, hash, kind and visit count. Two links are equal when all
/// their fields are, tags compared item by item.
/// </remarks>
public sealed record ShortLink
{
    /// <summary>The address, or for <see cref="ShortLinkKind.Content"/> the text, the link stands for.</summary>
    public string UrlOrContent { get; init => field = value ?? ""; } = "";

    /// <summary>The link's code, the last segment of its short URL (may hold Persian letters).</summary>
    public string Hash { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// The public short URL (<c>hashURL</c>), e.g. <c>http://tilin.ir/{hash}</c>; surrounding spaces are trimmed,
    /// and it is <c>null</c> when the service gave none or something that is not an http or https URL.
    /// </summary>
    [JsonPropertyName("hashURL")]
    public Uri? HashUrl { get; init; }

    /// <summary>When the link was created; <c>null</c> when the service did not say.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the link stops working; <c>null</c> when the service did not say.</summary>
    public DateTimeOffset? ExpireTime { get; init; }

    /// <summary>How many times the link was visited.</summary>
    public long VisitCount { get; init; }

    /// <summary>Whether the link is deactivated (see <see cref="ShortLinkClient.SetStatusAsync"/>).</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Whether the hash was chosen by the service or the caller; <c>null</c> when the service did not say.</summary>
    public HashGeneratedMethod? HashGeneratedMethod { get; init; }

    /// <summary>What the link stands for (<c>shortenObjectKind</c>).</summary>
    [JsonPropertyName("shortenObjectKind")]
    public ShortLinkKind Kind { get; init; }

    /// <summary>The link's tags, read from the wire's comma-separated string (Latin <c>,</c> or Persian <c>،</c>).</summary>
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <inheritdoc/>
    public bool Equals(ShortLink? other) =>
        other is not null
        && UrlOrContent == other.UrlOrContent
        && Hash == other.Hash
        && HashUrl == other.HashUrl
        && CreateTime == other.CreateTime
        && ExpireTime == other.ExpireTime
        && VisitCount == other.VisitCount
        && IsDeleted == other.IsDeleted
        && HashGeneratedMethod == other.HashGeneratedMethod
        && Kind == other.Kind
        && Tags.SequenceEqual(other.Tags);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Hash, UrlOrContent, CreateTime, VisitCount);
}
