using System.ComponentModel.DataAnnotations;

namespace Kelas.ShortLinks;

internal sealed class ShortLinksOptions : IValidatableObject
{
    public const string SectionName = "ShortLinks";
    public const string DefaultPathPrefix = "/l";

    /// <summary>
    /// Base of the public short URLs (<c>hashURL</c> = base + hash). A base whose path is <c>/</c> is a dedicated
    /// host name: links are served at <c>/{hash}</c> for that host only. Unset: under <c>/l/</c> on the request's host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Visits waiting for the writer; a redirect waits only when the queue is full.</summary>
    [Range(100, 10_000_000)]
    public int VisitQueueCapacity { get; set; } = 20_000;

    /// <summary>The writer stores what is queued at least this often (a crash loses at most this much, or the queue).</summary>
    [Range(10, 10_000)]
    public int VisitFlushMilliseconds { get; set; } = 100;

    [Range(1, 100_000)]
    public int VisitBatchSize { get; set; } = 5_000;

    /// <summary>How long a redirect may serve a link from memory before reading it again (another instance's changes show within this).</summary>
    [Range(0, 3600)]
    public int LinkCacheSeconds { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not null && !TryParseBase(PublicBaseUrl, out _))
        {
            yield return new ValidationResult("ShortLinks:PublicBaseUrl must be an absolute http or https URL.", [nameof(PublicBaseUrl)]);
        }
    }

    public static bool TryParseBase(string value, out Uri uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
