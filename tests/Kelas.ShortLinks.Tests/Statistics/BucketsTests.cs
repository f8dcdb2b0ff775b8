using System.Globalization;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Statistics;

namespace Kelas.ShortLinks.Tests.Statistics;

public sealed class BucketsTests
{
    private static long Ms(string utc) =>
        DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).ToUnixTimeMilliseconds();

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Minute", "2026-09-23T10:59:59.999Z", "2026-09-23T10:59:00.000Z")]
    [InlineData("Minute", "2026-09-23T11:00:00.000Z", "2026-09-23T11:00:00.000Z")]
    [InlineData("Hour", "2026-09-23T10:59:59.999Z", "2026-09-23T10:00:00.000Z")]
    [InlineData("Hour", "2026-09-23T11:00:00.000Z", "2026-09-23T11:00:00.000Z")]
    [InlineData("Day", "2026-09-23T23:59:59.999Z", "2026-09-23T00:00:00.000Z")]
    [InlineData("Day", "2026-09-24T00:00:00.000Z", "2026-09-24T00:00:00.000Z")]
    [InlineData("Month", "2026-09-30T23:59:59.999Z", "2026-09-01T00:00:00.000Z")]
    [InlineData("Month", "2026-10-01T00:00:00.000Z", "2026-10-01T00:00:00.000Z")]
    [InlineData("Month", "2026-12-31T23:59:59.999Z", "2026-12-01T00:00:00.000Z")]
    [InlineData("Month", "2028-02-29T12:00:00.000Z", "2028-02-01T00:00:00.000Z")]
    [InlineData("Minute", "1969-12-31T23:59:30.000Z", "1969-12-31T23:59:00.000Z")]
    [InlineData("Day", "1969-12-31T12:00:00.000Z", "1969-12-31T00:00:00.000Z")]
    public void StartIsTheUtcStartOfTheBucketHoldingTheMoment(string level, string moment, string expected)
    {
        Assert.Equal(expected, Iso(Buckets.Start(Ms(moment), Enum.Parse<BucketLevel>(level))));
    }

    [Theory]
    [InlineData("Minute", "2026-09-23T23:59:00Z", "2026-09-24T00:00:00.000Z")]
    [InlineData("Hour", "2026-09-30T23:00:00Z", "2026-10-01T00:00:00.000Z")]
    [InlineData("Day", "2026-12-31T00:00:00Z", "2027-01-01T00:00:00.000Z")]
    [InlineData("Month", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00.000Z")]
    [InlineData("Month", "2026-12-01T00:00:00Z", "2027-01-01T00:00:00.000Z")]
    public void NextIsTheStartOfTheFollowingBucket(string level, string start, string expected)
    {
        Assert.Equal(expected, Iso(Buckets.Next(Ms(start), Enum.Parse<BucketLevel>(level))));
    }

    [Theory]
    [InlineData(2028, 29)]
    [InlineData(2026, 28)]
    [InlineData(2000, 29)]
    [InlineData(2100, 28)]
    public void FebruaryBucketLastsTwentyNineDaysOnlyInLeapYears(int year, int days)
    {
        var february = new DateTimeOffset(year, 2, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        var march = Buckets.Next(february, BucketLevel.Month);

        Assert.Equal(TimeSpan.FromDays(days), TimeSpan.FromMilliseconds(march - february));
        Assert.Equal(february, Buckets.Start(march - 1, BucketLevel.Month));
    }

    [Fact]
    public void RangeStartingMidMonthIsCutIntoMinuteHourDayMonthDayHourMinuteRuns()
    {
        var spans = Buckets.Decompose(Ms("2026-01-15T10:30:00Z"), Ms("2026-04-10T05:20:00Z"), BucketLevel.Month);

        Assert.Equal(
            [
                "Minute 2026-01-15T10:30:00.000Z 2026-01-15T11:00:00.000Z",
                "Hour 2026-01-15T11:00:00.000Z 2026-01-16T00:00:00.000Z",
                "Day 2026-01-16T00:00:00.000Z 2026-02-01T00:00:00.000Z",
                "Month 2026-02-01T00:00:00.000Z 2026-04-01T00:00:00.000Z",
                "Day 2026-04-01T00:00:00.000Z 2026-04-10T00:00:00.000Z",
                "Hour 2026-04-10T00:00:00.000Z 2026-04-10T05:00:00.000Z",
                "Minute 2026-04-10T05:00:00.000Z 2026-04-10T05:20:00.000Z",
            ],
            spans.Select(s => $"{s.Level} {Iso(s.From)} {Iso(s.To)}"));
    }

    [Fact]
    public void RangeOverALeapFebruaryUsesTheWholeMonthOnlyWhenItFits()
    {
        var whole = Buckets.Decompose(Ms("2028-02-01T00:00:00Z"), Ms("2028-03-01T00:00:00Z"), BucketLevel.Month);
        var shortByOneDay = Buckets.Decompose(Ms("2028-02-01T00:00:00Z"), Ms("2028-02-29T00:00:00Z"), BucketLevel.Month);

        Assert.Equal(new Buckets.Span(BucketLevel.Month, Ms("2028-02-01T00:00:00Z"), Ms("2028-03-01T00:00:00Z")), Assert.Single(whole));
        Assert.Equal(new Buckets.Span(BucketLevel.Day, Ms("2028-02-01T00:00:00Z"), Ms("2028-02-29T00:00:00Z")), Assert.Single(shortByOneDay));
    }

    [Fact]
    public void MinuteKindNeverProducesLargerLevels()
    {
        // A range holding whole hours and a whole day still reads minute rows only.
        var from = Ms("2026-09-22T23:30:00Z");
        var to = Ms("2026-09-24T00:30:00Z");

        var span = Assert.Single(Buckets.Decompose(from, to, BucketLevel.Minute));

        Assert.Equal(new Buckets.Span(BucketLevel.Minute, from, to), span);
    }

    [Fact]
    public void HourKindStopsAtHours()
    {
        var spans = Buckets.Decompose(Ms("2026-09-01T10:30:00Z"), Ms("2026-09-08T10:30:00Z"), BucketLevel.Hour);

        Assert.Equal([BucketLevel.Minute, BucketLevel.Hour, BucketLevel.Minute], spans.Select(s => s.Level));
    }

    [Fact]
    public void EmptyRangeHasNoSpans()
    {
        Assert.Empty(Buckets.Decompose(Ms("2026-09-23T10:00:00Z"), Ms("2026-09-23T10:00:00Z"), BucketLevel.Month));
    }

    /// <summary>Random ranges up to the widest each kind allows (2 hours, 7 days, 31 days, 20 years).</summary>
    [Theory]
    [InlineData("Minute", 120)]
    [InlineData("Hour", 7 * 24 * 60)]
    [InlineData("Day", 31 * 24 * 60)]
    [InlineData("Month", 20 * 366 * 24 * 60)]
    public void DecomposeCoversEveryRangeExactlyWithAlignedRunsAndAtMostSevenSpans(string level, int widestMinutes)
    {
        var largest = Enum.Parse<BucketLevel>(level);
        var random = new Random(20260923);
        var origin = Ms("2024-01-01T00:00:00Z");
        var twentyYearsInMinutes = 20 * 366 * 24 * 60;
        for (var i = 0; i < 300; i++)
        {
            var from = origin + (random.Next(twentyYearsInMinutes) * 60_000L);
            var to = from + (random.Next(1, widestMinutes + 1) * 60_000L);

            var spans = Buckets.Decompose(from, to, largest);

            var range = $"[{Iso(from)}, {Iso(to)})";
            Assert.True(spans.Count <= 7, $"{spans.Count} spans for {range}");
            Assert.Equal(from, spans[0].From);
            Assert.Equal(to, spans[^1].To);
            for (var s = 0; s < spans.Count; s++)
            {
                var span = spans[s];
                Assert.True(span.Level <= largest, $"{span.Level} above {largest} in {range}");
                Assert.True(span.From < span.To, $"empty span in {range}");
                Assert.Equal(span.From, Buckets.Start(span.From, span.Level));
                Assert.Equal(span.To, Buckets.Start(span.To, span.Level));
                if (s > 0)
                {
                    Assert.Equal(spans[s - 1].To, span.From);
                    Assert.NotEqual(spans[s - 1].Level, span.Level);
                }
            }
        }
    }
}
