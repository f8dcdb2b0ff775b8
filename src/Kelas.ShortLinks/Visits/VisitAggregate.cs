using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Statistics;

namespace Kelas.ShortLinks.Visits;

/// <summary>
/// A batch of visits folded into counter increments: per link, per minute/hour/day/month bucket and per
/// dimension value. A batch of thousands of clicks on one link becomes a few dozen row updates.
/// </summary>
internal sealed class VisitAggregate
{
    public readonly record struct Key(long LinkId, BucketLevel Level, long Bucket, VisitDimension Dimension, string Parent, string Name);

    private static readonly BucketLevel[] Levels = [BucketLevel.Minute, BucketLevel.Hour, BucketLevel.Day, BucketLevel.Month];

    public Dictionary<Key, long> Counts { get; } = [];

    public Dictionary<long, long> VisitsPerLink { get; } = [];

    public int Visits { get; private set; }

    public void Add(long linkId, long time, GeoPlace place, UserAgentInfo agent, string referrer)
    {
        Visits++;
        VisitsPerLink[linkId] = VisitsPerLink.GetValueOrDefault(linkId) + 1;
        foreach (var level in Levels)
        {
            var bucket = Buckets.Start(time, level);
            Increment(new Key(linkId, level, bucket, VisitDimension.Total, "", ""));
            Increment(new Key(linkId, level, bucket, VisitDimension.Country, "", place.Country));
            Increment(new Key(linkId, level, bucket, VisitDimension.City, place.Country, place.City));
            Increment(new Key(linkId, level, bucket, VisitDimension.Referrer, "", referrer));
            Increment(new Key(linkId, level, bucket, VisitDimension.Browser, "", agent.Browser));
            Increment(new Key(linkId, level, bucket, VisitDimension.Os, "", agent.Os));
        }
    }

    public void Clear()
    {
        Counts.Clear();
        VisitsPerLink.Clear();
        Visits = 0;
    }

    private void Increment(Key key) => Counts[key] = Counts.GetValueOrDefault(key) + 1;
}
