using Kelas.ShortLinks.Data;

namespace Kelas.ShortLinks.Statistics;

/// <summary>UTC minute/hour/day/month buckets on Unix milliseconds.</summary>
internal static class Buckets
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    /// <summary>A run of consecutive buckets of one level: [<paramref name="From"/>, <paramref name="To"/>).</summary>
    public readonly record struct Span(BucketLevel Level, long From, long To);

    public static long Start(long time, BucketLevel level) => level switch
    {
        BucketLevel.Minute => Floor(time, Minute),
        BucketLevel.Hour => Floor(time, Hour),
        BucketLevel.Day => Floor(time, Day),
        _ => MonthStart(time),
    };

    public static long Next(long start, BucketLevel level) => level switch
    {
        BucketLevel.Minute => start + Minute,
        BucketLevel.Hour => start + Hour,
        BucketLevel.Day => start + Day,
        _ => DateTimeOffset.FromUnixTimeMilliseconds(start).AddMonths(1).ToUnixTimeMilliseconds(),
    };

    /// <summary>
    /// Cuts [<paramref name="from"/>, <paramref name="to"/>), both minute-aligned, into the fewest whole buckets no
    /// larger than <paramref name="largest"/>, merged into runs of one level: at most seven spans (finer buckets at
    /// the edges, the largest in the middle), so counts stay exact to the minute whatever the range.
    /// </summary>
    public static List<Span> Decompose(long from, long to, BucketLevel largest)
    {
        var spans = new List<Span>();
        var cursor = from;
        while (cursor < to)
        {
            var level = largest;
            while (level > BucketLevel.Minute && (Start(cursor, level) != cursor || Next(cursor, level) > to))
            {
                level--;
            }

            var next = Next(cursor, level);
            if (spans.Count > 0 && spans[^1].Level == level && spans[^1].To == cursor)
            {
                spans[^1] = spans[^1] with { To = next };
            }
            else
            {
                spans.Add(new Span(level, cursor, next));
            }

            cursor = next;
        }

        return spans;
    }

    private static long Floor(long time, long size) => time - (((time % size) + size) % size);

    private static long MonthStart(long time)
    {
        var moment = DateTimeOffset.FromUnixTimeMilliseconds(time);
        return new DateTimeOffset(moment.Year, moment.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    }
}
