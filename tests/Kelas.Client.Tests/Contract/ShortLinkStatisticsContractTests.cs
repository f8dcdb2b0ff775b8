using System.Net;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>
/// Each test moves this fixture's clock to the start of a new UTC month and clicks at chosen instants, so bucket
/// starts are known; the visits carry the time they were made at, whenever the writer stores them.
/// </summary>
public class ShortLinkStatisticsContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly ShortLinkClient client = fixture.Client;

    [Fact]
    public async Task EveryDimensionComesBackAsNamedCountsOrderedByCountThenName()
    {
        var month = fixture.AdvanceClockToNextMonth();
        fixture.Factory.Clock.Advance(Hour);
        var url = ShortLinkContractFixture.UniqueUrl("آمار");
        var link = await client.ShortenUrlAsync(url);
        const string News = "https://news.example.ir/1403/خبر?id=7";
        for (var i = 0; i < 3; i++)
        {
            await OpenAsync(link, FixedUserAgentClassifier.EdgeOnWindows, News, FixedGeoLocator.Tehran);
        }

        await OpenAsync(link, FixedUserAgentClassifier.SafariOnIPhone, "https://t.me/s/channel", FixedGeoLocator.Mashhad);
        await OpenAsync(link, FixedUserAgentClassifier.SafariOnIPhone, referer: null, FixedGeoLocator.Berlin);
        await OpenAsync(link, "curl/8.5.0", referer: null, from: null);
        await OpenAsync(link, FixedUserAgentClassifier.Crawler, News, FixedGeoLocator.Tehran);
        using (await fixture.OpenAsync(link.HashUrl!, FixedUserAgentClassifier.EdgeOnWindows, News, FixedGeoLocator.Tehran, HttpMethod.Head))
        {
        }

        await client.VisitAsync(link.Hash);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await client.GetStatisticsAsync(link.Hash);

        Assert.Equal(
            (7L, link.CreateTime, url.AbsoluteUri, true, link.HashUrl),
            (statistics.TotalCount, statistics.CreateTime, statistics.UrlOrContent, statistics.IsUrl, statistics.HashUrl));
        Assert.Equal("Iran 4 (Tehran 3, Mashhad 1); Unknown 2 (Unknown 2); Germany 1 (Berlin 1)", Describe(statistics.Countries));
        Assert.Equal("Unknown 3, news.example.ir 3, t.me 1", Describe(statistics.Referers));
        Assert.Equal("Edge 3, Mobile Safari 2, Unknown 2", Describe(statistics.Browsers));
        Assert.Equal("Windows 10 3, Unknown 2, iOS 2", Describe(statistics.Oses));
        AssertIntervals(statistics, 7, (month, 7));
    }

    [Fact]
    public async Task ClickIntervalsOfEveryKindStartOnUtcBucketBoundaries()
    {
        var m = fixture.AdvanceClockToNextMonth();
        fixture.Factory.Clock.Advance(10 * Minute);
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        foreach (var offset in new[] { (10 * Minute) + TimeSpan.FromSeconds(5), (10 * Minute) + TimeSpan.FromSeconds(50), (11 * Minute) + TimeSpan.FromSeconds(20), 90 * Minute, Day + (3 * Hour), 40 * Day })
        {
            await OpenAtAsync(link, m + offset);
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();

        var minutes = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Minute, m + (10 * Minute), m + (10 * Minute) + (2 * Hour));
        var hours = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Hour, m, m + (7 * Day));
        var days = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Day, m, m.AddMonths(1));
        var months = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Month);

        AssertIntervals(minutes, 4, (m + (10 * Minute), 2), (m + (11 * Minute), 1), (m + (90 * Minute), 1));
        AssertIntervals(hours, 5, (m, 3), (m + Hour, 1), (m + Day + (3 * Hour), 1));
        AssertIntervals(days, 5, (m, 4), (m + Day, 1));
        AssertIntervals(months, 6, (m, 5), (m.AddMonths(1), 1));
        Assert.All(
            new[] { minutes, hours, days, months }.SelectMany(s => s.ClickIntervals),
            interval => Assert.Equal(TimeSpan.Zero, interval.Start.Offset));
    }

    [Fact]
    public async Task FromAndToKeepOnlyTheClicksInsideTheRange()
    {
        var m = fixture.AdvanceClockToNextMonth();
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        var first = m + Day;
        var second = m + (5 * Day) + (12 * Hour);
        var third = m + (20 * Day);
        foreach (var at in new[] { first, second, third })
        {
            await OpenAtAsync(link, at);
        }

        fixture.Factory.Clock.Advance(Hour);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Month, from: m + (5 * Day)), 2, (m, 2));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Day, m, second), 2, (m + Day, 1), (m + (5 * Day), 1));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Day, first + Minute, third), 2, (m + (5 * Day), 1), (m + (20 * Day), 1));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Hour, second - Hour, second + Hour), 1, (second, 1));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Minute, third - (2 * Hour), third), 1, (third, 1));

        var none = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Minute, third - (2 * Hour), third - Minute);
        Assert.Equal((0, 0, 0, 0, 0, 0), (none.TotalCount, none.ClickIntervals.Count, none.Countries.Count, none.Referers.Count, none.Browsers.Count, none.Oses.Count));
    }

    [Fact]
    public async Task WithoutARangeTheKindsLongestRangeEndingNowIsCounted()
    {
        var m = fixture.AdvanceClockToNextMonth();
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        await OpenAtAsync(link, m + Hour);
        await OpenAtAsync(link, m + (3 * Hour));
        fixture.AdvanceClockTo(m + (3 * Hour) + (30 * Minute));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Minute), 1, (m + (3 * Hour), 1));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Hour), 2, (m + Hour, 1), (m + (3 * Hour), 1));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Day), 2, (m, 2));
        AssertIntervals(await client.GetStatisticsAsync(link.Hash, StatisticsKind.Minute, to: m + (90 * Minute)), 1, (m + Hour, 1));
    }

    public static TheoryData<StatisticsKind> Kinds => new() { StatisticsKind.Minute, StatisticsKind.Hour, StatisticsKind.Day, StatisticsKind.Month };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ARangeWiderThanTheKindAllowsThrows116AndTheWidestAllowedRangeAnswers(StatisticsKind kind)
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        var from = link.CreateTime!.Value;
        var widest = kind switch
        {
            StatisticsKind.Minute => from + (2 * Hour),
            StatisticsKind.Hour => from + (7 * Day),
            StatisticsKind.Day => from.AddMonths(1),
            _ => from.AddYears(20),
        };

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.GetStatisticsAsync(link.Hash, kind, from, widest + Minute));

        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal(
            (ShortLinkException.InvalidParameter, "INVALID_PARAMETER: مقدار غیرمجاز برای پارامتر toTimestamp", false),
            (error.Code, error.Message, error.IsGatewayError));
        Assert.Equal(0, (await client.GetStatisticsAsync(link.Hash, kind, from, widest)).TotalCount);
    }

    [Fact]
    public async Task ARangeThatEndsBeforeItStartsIsRefusedBeforeSending()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        var now = fixture.Factory.Clock.GetUtcNow();

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetStatisticsAsync(link.Hash, StatisticsKind.Hour, now, now - Minute));
    }

    [Fact]
    public async Task StatisticsOfAContentLinkSayItIsNotAUrl()
    {
        var text = "متن آزمایشی <b>" + Guid.NewGuid() + "</b>";
        var link = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = text, Kind = ShortLinkKind.Content });
        using (var page = await fixture.OpenAsync(link.HashUrl!))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await client.GetStatisticsAsync(link.Hash, StatisticsKind.Day);

        Assert.Equal((1L, text, false, link.HashUrl), (statistics.TotalCount, statistics.UrlOrContent, statistics.IsUrl, statistics.HashUrl));
    }

    [Fact]
    public async Task StatisticsOfADeactivatedLinkOfOnesOwnAreStillAnswered()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        await client.VisitAsync(link.Hash);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        await client.SetStatusAsync(link.Hash, active: false);

        Assert.Equal(1, (await client.GetStatisticsAsync(link.Hash)).TotalCount);
    }

    [Fact]
    public async Task StatisticsOfAnUnknownHashThrowNotFound()
    {
        var error = await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.GetStatisticsAsync(ShortLinkContractFixture.UniqueHash("missing")));

        Assert.Equal((ShortLinkException.NotFound, "NOT_FOUND: خطا در یافتن hash"), (error.Code, error.Message));
    }

    [Fact]
    public async Task StatisticsOfAnotherBusinesssLinkThrow401()
    {
        var theirs = await fixture.OtherClient.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.GetStatisticsAsync(theirs.Hash));

        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal((ShortLinkException.Unauthorized, "UNAUTHORIZED: عدم احراز هویت"), (error.Code, error.Message));
    }

    private async Task OpenAsync(ShortLink link, string? userAgent, string? referer, IPAddress? from)
    {
        using var response = await fixture.OpenAsync(link.HashUrl!, userAgent, referer, from);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task OpenAtAsync(ShortLink link, DateTimeOffset at)
    {
        fixture.AdvanceClockTo(at);
        await OpenAsync(link, userAgent: null, referer: null, from: null);
    }

    private static void AssertIntervals(ShortLinkStatistics statistics, long total, params (DateTimeOffset Start, long Count)[] intervals)
    {
        Assert.Equal(total, statistics.TotalCount);
        Assert.Equal(intervals.Select(i => new ClickInterval(i.Start, i.Count)), statistics.ClickIntervals);
    }

    private static string Describe(IEnumerable<NamedClickCount> counts) => string.Join(", ", counts.Select(c => $"{c.Name} {c.Count}"));

    private static string Describe(IEnumerable<CountryClickCount> countries) =>
        string.Join("; ", countries.Select(c => $"{c.Name} {c.Count} ({Describe(c.Cities)})"));
}
