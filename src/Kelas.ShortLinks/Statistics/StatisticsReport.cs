using System.Text.Json;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Links;

namespace Kelas.ShortLinks.Statistics;

/// <summary>Counter rows folded into the original's statistics object.</summary>
internal sealed class StatisticsReport
{
    public readonly record struct Row(long Bucket, VisitDimension Dimension, string Parent, string Name, long Count);

    private readonly SortedDictionary<long, long> intervals = [];
    private readonly Dictionary<VisitDimension, Dictionary<string, long>> dimensions = [];
    private readonly Dictionary<string, Dictionary<string, long>> cities = new(StringComparer.Ordinal);

    public long TotalCount { get; private set; }

    public static StatisticsReport From(IEnumerable<Row> rows, BucketLevel kind)
    {
        var report = new StatisticsReport();
        foreach (var row in rows)
        {
            switch (row.Dimension)
            {
                case VisitDimension.Total:
                    var bucket = Buckets.Start(row.Bucket, kind);
                    report.intervals[bucket] = report.intervals.GetValueOrDefault(bucket) + row.Count;
                    report.TotalCount += row.Count;
                    break;
                case VisitDimension.City:
                    Add(report.cities, row.Parent, row.Name, row.Count);
                    break;
                default:
                    Add(report.dimensions, row.Dimension, row.Name, row.Count);
                    break;
            }
        }

        return report;
    }

    public void Write(Utf8JsonWriter writer, Link link, string hashUrl)
    {
        writer.WriteStartObject();
        writer.WriteNumber("totalCount", TotalCount);
        writer.WriteNumber("createTime", link.CreateTime);
        writer.WriteString("urlOrContent", link.UrlOrContent);
        writer.WriteBoolean("isURL", link.Kind != LinkKind.Content);
        writer.WriteStartArray("countries");
        foreach (var (country, count) in Ordered(VisitDimension.Country))
        {
            writer.WriteStartObject();
            writer.WriteString("name", country);
            writer.WriteNumber("count", count);
            WriteCounts(writer, "cities", Ordered(cities.GetValueOrDefault(country)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteCounts(writer, "referers", Ordered(VisitDimension.Referrer));
        WriteCounts(writer, "browsers", Ordered(VisitDimension.Browser));
        writer.WriteStartObject("clickIntervals");
        writer.WriteStartArray("intervals");
        foreach (var start in intervals.Keys)
        {
            writer.WriteNumberValue(start);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("clicksCount");
        foreach (var count in intervals.Values)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("hashURL", hashUrl);
        WriteCounts(writer, "oses", Ordered(VisitDimension.Os));
        writer.WriteEndObject();
    }

    private IEnumerable<KeyValuePair<string, long>> Ordered(VisitDimension dimension) => Ordered(dimensions.GetValueOrDefault(dimension));

    private static IEnumerable<KeyValuePair<string, long>> Ordered(Dictionary<string, long>? counts) =>
        counts is null ? [] : counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal);

    private static void WriteCounts(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, long>> counts)
    {
        writer.WriteStartArray(name);
        foreach (var (value, count) in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("name", value);
            writer.WriteNumber("count", count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Add<TKey>(Dictionary<TKey, Dictionary<string, long>> into, TKey key, string name, long count)
        where TKey : notnull
    {
        if (!into.TryGetValue(key, out var counts))
        {
            into[key] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        counts[name] = counts.GetValueOrDefault(name) + count;
    }
}
