namespace Kelas.ShortLinks.Data;

internal sealed class Link
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    /// <summary>Public and unique across businesses; case-sensitive.</summary>
    public string Hash { get; set; } = "";

    public LinkKind Kind { get; set; }

    public string UrlOrContent { get; set; } = "";

    /// <summary>SHA-256 of <see cref="UrlOrContent"/>: the unique key for "already shortened by this business".</summary>
    public string ContentKey { get; set; } = "";

    public bool CustomHash { get; set; }

    /// <summary>Tags as sent back on the wire, <c>"a,b"</c>; empty when none.</summary>
    public string Tags { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>Grown by the visit writer in one statement per link and batch, never per visit.</summary>
    public long VisitCount { get; set; }

    /// <summary>Unix milliseconds, UTC.</summary>
    public long CreateTime { get; set; }

    /// <summary>Unix milliseconds, UTC.</summary>
    public long ExpireTime { get; set; }
}
