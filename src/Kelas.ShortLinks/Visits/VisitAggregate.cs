using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Statistics;

namespace Kelas.ShortLinks.Visits;

/// <summary>
/// A batch of visits folded into counter increments. Visits are first counted per link, minute and combination
/// of dimension values (one dictionary update per visit; under load most visits of a batch share a handful of
/// combinations), then expanded into the minute/hour/day/month rows of each dimension. A batch of thousands of
/// clicks on one link becomes a few dozen row updates.
/// </summary>
internal sealed class VisitAggregate
{
    public readonly record struct Key(long LinkId, BucketLevel Level, long Bucket, VisitDimension Dimension, string Parent, string Name);

    private readonly record struct Facts(long LinkId, long Minute, string Country, string City, string Referrer, string Browser, string Os);

    private static readonly BucketLevel[] Levels = [BucketLevel.Minute, BucketLevel.Hour, BucketLevel.Day, BucketLevel.Month];

    private readonly Dictionary<Facts, long> facts = [];

    public int Visits { get; private set; }

    public void Add(long linkId, long time, GeoPlace place, UserAgentInfo agent, string referrer)
    {
        Visits++;
        var key = new Facts(linkId, Buckets.Start(time, BucketLevel.Minute), place.Country, place.City, referrer, agent.Browser, agent.Os);
        facts[key] = facts.GetValueOrDefault(key) + 1;
    }

    /// <summary>Visits per link, for the links' <c>visit_count</c>.</summary>
    public Dictionary<long, long> VisitsPerLink()
    {
        var perLink = new Dictionary<long, long>();
        foreach (var (fact, count) in facts)
        {
            perLink[fact.LinkId] = perLink.GetValueOrDefault(fact.LinkId) + count;
        }

        return perLink;
    }

    /// <summary>The counter rows to add to, with the amount for each.</summary>
    public Dictionary<Key, long> Counts()
    {
        var counts = new Dictionary<Key, long>();
        foreach (var (fact, count) in facts)
        {
            foreach (var level in Levels)
            {
                var bucket = Buckets.Start(fact.Minute, level);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.Total, "", ""), count);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.Country, "", fact.Country), count);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.City, fact.Country, fact.City), count);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.Referrer, "", fact.Referrer), count);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.Browser, "", fact.Browser), count);
                Increment(counts, new Key(fact.LinkId, level, bucket, VisitDimension.Os, "", fact.Os), count);
            }
        }

        return counts;
    }

    public void Clear()
    {
        facts.Clear();
        Visits = 0;
    }

    private static void Increment(Dictionary<Key, long> counts, Key key, long count) => counts[key] = counts.GetValueOrDefault(key) + count;
}
