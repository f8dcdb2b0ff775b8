namespace Kelas.ShortLinks.Data;

/// <summary>
/// Pre-aggregated clicks: one row per link, bucket and dimension value. Every visit adds to the rows of its
/// minute, hour, day and month, so statistics read O(buckets) rows however many visits there were.
/// </summary>
internal sealed class VisitCount
{
    public long LinkId { get; set; }

    public BucketLevel Level { get; set; }

    /// <summary>Start of the bucket, Unix milliseconds, aligned to the UTC minute/hour/day/month.</summary>
    public long Bucket { get; set; }

    public VisitDimension Dimension { get; set; }

    /// <summary>The country a city row belongs to; empty for other dimensions.</summary>
    public string Parent { get; set; } = "";

    /// <summary>The dimension's value ("Chrome", "Iran", a referrer host); empty for <see cref="VisitDimension.Total"/>.</summary>
    public string Name { get; set; } = "";

    public long Count { get; set; }
}
