using System.Text.Json;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks.Statistics;

/// <summary>
/// Service 46414: clicks of one link in a time range, read from the pre-aggregated counters. The range is cut
/// into whole buckets (<see cref="Buckets.Decompose"/>), so the cost is O(buckets × dimension values), however
/// many visits the link has had.
/// </summary>
internal static class StatisticsService
{
    private const long LatestTimestamp = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

    public static async Task<Action<Utf8JsonWriter>> GetAsync(ShortLinkCall call, CancellationToken cancellationToken)
    {
        var p = call.Params;
        var hash = p.Text("hash");
        if (string.IsNullOrEmpty(hash))
        {
            throw ShortLinkFailure.Invalid("hash");
        }

        var kind = ParseKind(p.Text("kind"));
        var to = Timestamp(p, "toTimestamp") ?? call.Now;
        var link = await call.OwnLinkAsync(hash, cancellationToken);
        // Without fromTimestamp: the kind's widest range ending at `to`, but not before the link existed (nor after `to`).
        var from = Timestamp(p, "fromTimestamp") ?? Math.Min(to, Math.Max(link.CreateTime, Widest(to, kind, backwards: true)));
        if (from > to)
        {
            throw ShortLinkFailure.Invalid("fromTimestamp");
        }

        if (to > Widest(from, kind, backwards: false))
        {
            throw ShortLinkFailure.Invalid("toTimestamp");
        }

        var rows = await ReadAsync(call.Db, link.Id, Buckets.Start(from, BucketLevel.Minute), Buckets.Start(to, BucketLevel.Minute) + 60_000, kind, cancellationToken);
        var report = StatisticsReport.From(rows, kind);
        var hashUrl = call.HashUrl(link.Hash);
        return writer => report.Write(writer, link, hashUrl);
    }

    private static async Task<List<StatisticsReport.Row>> ReadAsync(
        ShortLinksDbContext db, long linkId, long from, long to, BucketLevel kind, CancellationToken cancellationToken)
    {
        IQueryable<VisitCount>? query = null;
        foreach (var span in Buckets.Decompose(from, to, kind))
        {
            var part = db.VisitCounts.Where(v => v.LinkId == linkId && v.Level == span.Level && v.Bucket >= span.From && v.Bucket < span.To);
            query = query is null ? part : query.Concat(part);
        }

        // Summed in the database: dimension values over the whole range, totals per stored bucket (which the report
        // maps to the kind's buckets), so only a few hundred rows cross to the server whatever the range.
        return query is null
            ? []
            : await query
                .GroupBy(v => new { v.Dimension, v.Parent, v.Name, Bucket = v.Dimension == VisitDimension.Total ? v.Bucket : 0L })
                .Select(g => new StatisticsReport.Row(g.Key.Bucket, g.Key.Dimension, g.Key.Parent, g.Key.Name, g.Sum(v => v.Count)))
                .ToListAsync(cancellationToken);
    }

    private static BucketLevel ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "month" => BucketLevel.Month,
        "minute" => BucketLevel.Minute,
        "hour" => BucketLevel.Hour,
        "day" => BucketLevel.Day,
        _ => throw ShortLinkFailure.Invalid("kind"),
    };

    /// <summary>The far end of the widest range a kind allows: 2 hours, 7 days, a calendar month, 20 calendar years.</summary>
    private static long Widest(long time, BucketLevel kind, bool backwards)
    {
        var sign = backwards ? -1 : 1;
        var moment = DateTimeOffset.FromUnixTimeMilliseconds(time);
        var end = kind switch
        {
            BucketLevel.Minute => moment.AddHours(2 * sign),
            BucketLevel.Hour => moment.AddDays(7 * sign),
            BucketLevel.Day => Clamp(() => moment.AddMonths(sign)),
            _ => Clamp(() => moment.AddYears(20 * sign)),
        };
        return end.ToUnixTimeMilliseconds();

        DateTimeOffset Clamp(Func<DateTimeOffset> add)
        {
            try
            {
                return add();
            }
            catch (ArgumentOutOfRangeException)
            {
                return backwards ? DateTimeOffset.UnixEpoch : DateTimeOffset.MaxValue;
            }
        }
    }

    private static long? Timestamp(ServiceParameters p, string name)
    {
        var value = p.Integer(name);
        return value is null or (>= 0 and <= LatestTimestamp) ? value : throw ShortLinkFailure.Invalid(name);
    }
}
