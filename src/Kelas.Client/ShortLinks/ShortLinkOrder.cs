namespace Kelas.Client.ShortLinks;

/// <summary>The field a list of short links is sorted by (<c>order_by</c> on the wire).</summary>
public enum ShortLinkOrder
{
    /// <summary>By hash (<c>hash</c>).</summary>
    Hash,

    /// <summary>By creation time (<c>createTime</c>), the service's default.</summary>
    CreateTime,

    /// <summary>By expiry time (<c>expireTime</c>).</summary>
    ExpireTime,

    /// <summary>By number of visits (<c>visitCount</c>).</summary>
    VisitCount,
}
