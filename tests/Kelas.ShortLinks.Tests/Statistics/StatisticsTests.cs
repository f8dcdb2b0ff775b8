using System.Globalization;
using System.Net;
using System.Text.Json;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Statistics;

/// <summary>Service 46414 through the gateway, with visits made on the public short URL.</summary>
public sealed class StatisticsTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private const long Statistics = 46414;

    private ShortLinkWire Api => fixture.Api;

    private HttpClient Public => fixture.Api.Http;

    private ManualClock Clock => fixture.Factory.Clock;

    private static long Ms(DateTimeOffset moment) => moment.ToUnixTimeMilliseconds();

    private static DateTimeOffset DayOf(DateTimeOffset moment) => new(moment.Year, moment.Month, moment.Day, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Query(string hash, string? kind = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var parameters = new Dictionary<string, object?> { ["hash"] = hash };
        if (kind is not null)
        {
            parameters["kind"] = kind;
        }

        if (from is { } f)
        {
            parameters["fromTimestamp"] = Ms(f);
        }

        if (to is { } t)
        {
            parameters["toTimestamp"] = Ms(t);
        }

        return parameters;
    }

    private Task<JsonElement> StatisticsAsync(string hash, string? kind = null, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        Api.OkAsync(Statistics, Query(hash, kind, from, to));

    private static long[] Intervals(JsonElement statistics) =>
        statistics.GetProperty("clickIntervals").GetProperty("intervals").EnumerateArray().Select(i => i.GetInt64()).ToArray();

    private static long[] Clicks(JsonElement statistics) =>
        statistics.GetProperty("clickIntervals").GetProperty("clicksCount").EnumerateArray().Select(i => i.GetInt64()).ToArray();

    private static string[] Counts(JsonElement list) =>
        list.EnumerateArray().Select(e => $"{e.GetProperty("name").GetString()} {e.GetProperty("count").GetInt64()}").ToArray();

    private async Task VisitAtAsync(string hash, DateTimeOffset moment)
    {
        Clock.MoveTo(moment);
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
    }

    [Fact]
    public async Task DefaultKindIsMonth()
    {
        var midMonth = Clock.NextMonth().AddDays(14).AddHours(10).AddMinutes(30);
        Clock.MoveTo(midMonth);
        var hash = await fixture.AddLinkAsync();
        await VisitAtAsync(hash, midMonth.AddMinutes(5));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await StatisticsAsync(hash);

        Assert.Equal([Ms(new DateTimeOffset(midMonth.Year, midMonth.Month, 1, 0, 0, 0, TimeSpan.Zero))], Intervals(statistics));
        Assert.Equal([1L], Clicks(statistics));
        Assert.Equal(1, statistics.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task DefaultRangeIsTheKindsWidestRangeEndingNow()
    {
        var hour = Clock.NextHour();
        Clock.MoveTo(hour);
        var hash = await fixture.AddLinkAsync();
        await VisitAtAsync(hash, hour.AddMinutes(1));
        await VisitAtAsync(hash, hour.AddHours(2));
        Clock.MoveTo(hour.AddHours(3));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var lastTwoHours = await StatisticsAsync(hash, "minute");
        var lastWeek = await StatisticsAsync(hash, "hour");

        Assert.Equal([Ms(hour.AddHours(2))], Intervals(lastTwoHours));
        Assert.Equal(1, lastTwoHours.GetProperty("totalCount").GetInt64());
        Assert.Equal([Ms(hour), Ms(hour.AddHours(2))], Intervals(lastWeek));
        Assert.Equal(2, lastWeek.GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [InlineData("minute", "2027-01-31T12:00:00Z", "2027-01-31T14:00:00Z")]
    [InlineData("hour", "2027-01-31T12:00:00Z", "2027-02-07T12:00:00Z")]
    [InlineData("day", "2027-01-15T12:00:00Z", "2027-02-15T12:00:00Z")]
    [InlineData("day", "2027-01-31T12:00:00Z", "2027-02-28T12:00:00Z")]
    [InlineData("month", "2027-01-31T12:00:00Z", "2047-01-31T12:00:00Z")]
    [InlineData("month", "2028-02-29T00:00:00Z", "2048-02-29T00:00:00Z")]
    public async Task EachKindAcceptsItsWidestRangeAndRefusesOneMinuteMore(string kind, string from, string widestTo)
    {
        var hash = await fixture.AddLinkAsync();
        var start = DateTimeOffset.Parse(from, CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(widestTo, CultureInfo.InvariantCulture);

        var atLimit = await StatisticsAsync(hash, kind, start, end);
        var (code, message) = await Api.ErrorAsync(Statistics, Query(hash, kind, start, end.AddMinutes(1)));

        Assert.Equal(0, atLimit.GetProperty("totalCount").GetInt64());
        Assert.Equal(116, code);
        Assert.EndsWith("toTimestamp", message);
    }

    [Fact]
    public async Task FromAfterToAnswers116()
    {
        var hash = await fixture.AddLinkAsync();
        var to = Clock.GetUtcNow();

        var (code, message) = await Api.ErrorAsync(Statistics, Query(hash, "hour", to.AddMinutes(1), to));

        Assert.Equal(116, code);
        Assert.EndsWith("fromTimestamp", message);
    }

    [Fact]
    public async Task OnlyAToTimestampBeforeTheLinkExistedAnswersEmptyStatistics()
    {
        var hash = await fixture.AddLinkAsync();

        var statistics = await StatisticsAsync(hash, "day", to: Clock.GetUtcNow().AddDays(-3));

        Assert.Equal(0, statistics.GetProperty("totalCount").GetInt64());
        Assert.Empty(Intervals(statistics));
    }

    [Theory]
    [InlineData("week")]
    [InlineData("year")]
    [InlineData("minutes")]
    [InlineData("0")]
    public async Task UnknownKindAnswers116(string kind)
    {
        var hash = await fixture.AddLinkAsync();

        var (code, message) = await Api.ErrorAsync(Statistics, Query(hash, kind));

        Assert.Equal(116, code);
        Assert.EndsWith("kind", message);
    }

    [Fact]
    public async Task KindIsReadWhateverItsCase()
    {
        var hash = await fixture.AddLinkAsync();

        Assert.Equal(0, (await StatisticsAsync(hash, "HOUR")).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task MissingHashAnswers116()
    {
        var (code, message) = await Api.ErrorAsync(Statistics, new Dictionary<string, object?> { ["kind"] = "day" });

        Assert.Equal(116, code);
        Assert.EndsWith("hash", message);
    }

    [Fact]
    public async Task UnknownHashAnswers404()
    {
        Assert.Equal(404, (await Api.ErrorAsync(Statistics, Query(ShortLinkApiFixture.Unique()))).Code);
    }

    [Fact]
    public async Task AnotherBusinesssHashAnswers401()
    {
        var hash = await fixture.AddLinkAsync(api: fixture.OtherApi);

        Assert.Equal(401, (await Api.ErrorAsync(Statistics, Query(hash))).Code);
        Assert.Equal(0, (await fixture.OtherApi.OkAsync(Statistics, Query(hash))).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task StatisticsWorkOnAnOwnDeactivatedLink()
    {
        var hash = await fixture.AddLinkAsync();
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();
        await Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        var statistics = await StatisticsAsync(hash);

        Assert.Equal(1, statistics.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task HourBucketsSplitAtTheFullHour()
    {
        var hour = Clock.NextHour(1);
        var hash = await fixture.AddLinkAsync();
        await VisitAtAsync(hash, hour.AddMilliseconds(-1));
        await VisitAtAsync(hash, hour);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var hourly = await StatisticsAsync(hash, "hour", hour.AddHours(-1), hour.AddHours(1));
        var minutely = await StatisticsAsync(hash, "minute", hour.AddHours(-1), hour.AddHours(1));

        Assert.Equal([Ms(hour.AddHours(-1)), Ms(hour)], Intervals(hourly));
        Assert.Equal([1L, 1L], Clicks(hourly));
        Assert.Equal([Ms(hour.AddMinutes(-1)), Ms(hour)], Intervals(minutely));
        Assert.Equal([1L, 1L], Clicks(minutely));
    }

    [Fact]
    public async Task IntervalsAreAscendingUtcBucketStartsWithEmptyBucketsLeftOut()
    {
        var hour = Clock.NextHour();
        var hash = await fixture.AddLinkAsync();
        await VisitAtAsync(hash, hour.AddMinutes(5).AddSeconds(10));
        await VisitAtAsync(hash, hour.AddMinutes(5).AddSeconds(50));
        await VisitAtAsync(hash, hour.AddHours(1).AddMinutes(59));
        await VisitAtAsync(hash, hour.AddHours(3).AddMinutes(30));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var hourly = await StatisticsAsync(hash, "hour", hour, hour.AddHours(4));
        var minutely = await StatisticsAsync(hash, "minute", hour, hour.AddHours(2));

        Assert.Equal([Ms(hour), Ms(hour.AddHours(1)), Ms(hour.AddHours(3))], Intervals(hourly));
        Assert.Equal([2L, 1L, 1L], Clicks(hourly));
        Assert.Equal(4, hourly.GetProperty("totalCount").GetInt64());
        Assert.Equal([Ms(hour.AddMinutes(5)), Ms(hour.AddHours(1).AddMinutes(59))], Intervals(minutely));
        Assert.Equal([2L, 1L], Clicks(minutely));
        Assert.Equal(3, minutely.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task ARangeStartingMidMonthCountsOnlyClicksFromItsStartMinute()
    {
        var month = Clock.NextMonth();
        var nextMonth = month.AddMonths(1);
        var from = month.AddDays(14).AddHours(10).AddMinutes(30);
        var to = from.AddDays(20);
        var hash = await fixture.AddLinkAsync();
        await VisitAtAsync(hash, from.AddDays(-1));
        await VisitAtAsync(hash, from.AddMinutes(-1));
        await VisitAtAsync(hash, from.AddMilliseconds(-1));
        await VisitAtAsync(hash, from);
        await VisitAtAsync(hash, from.AddDays(2).AddHours(3).AddMinutes(7));
        await VisitAtAsync(hash, nextMonth.AddHours(2));
        await VisitAtAsync(hash, to);
        await VisitAtAsync(hash, to.AddMinutes(1));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var monthly = await StatisticsAsync(hash, "month", from, to);
        var daily = await StatisticsAsync(hash, "day", from, to);

        Assert.Equal(4, monthly.GetProperty("totalCount").GetInt64());
        Assert.Equal([Ms(month), Ms(nextMonth)], Intervals(monthly));
        Assert.Equal([2L, 2L], Clicks(monthly));
        Assert.Equal([Ms(DayOf(from)), Ms(DayOf(from.AddDays(2))), Ms(nextMonth), Ms(DayOf(to))], Intervals(daily));
        Assert.Equal([1L, 1L, 1L, 1L], Clicks(daily));
    }

    [Fact]
    public async Task DimensionsCountCountriesWithCitiesReferrerHostsBrowsersAndOses()
    {
        var hash = await fixture.AddLinkAsync();
        var unknownAddress = IPAddress.Parse("203.0.113.7");
        foreach (var (agent, referrer, address) in new (string?, string?, IPAddress)[]
        {
            (FakeUserAgents.ChromeWindows, "https://www.google.com/search?q=kelas", FakeGeoLocator.Tehran),
            (FakeUserAgents.ChromeWindows, "https://t.me/s/kelas?before=12", FakeGeoLocator.Tehran),
            (FakeUserAgents.FirefoxLinux, null, FakeGeoLocator.Mashhad),
            (FakeUserAgents.FirefoxLinux, "https://WWW.Google.com/url?q=https://kelas.example/", FakeGeoLocator.Berlin),
            ("curl/8.5.0", "not a url", unknownAddress),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, agent, referrer, address));
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await StatisticsAsync(hash);

        Assert.Equal(5, statistics.GetProperty("totalCount").GetInt64());
        var countries = statistics.GetProperty("countries");
        Assert.Equal(["Iran 3", "Germany 1", "Unknown 1"], Counts(countries));
        Assert.Equal(["Tehran 2", "Mashhad 1"], Counts(countries[0].GetProperty("cities")));
        Assert.Equal(["Berlin 1"], Counts(countries[1].GetProperty("cities")));
        Assert.Equal(["Unknown 1"], Counts(countries[2].GetProperty("cities")));
        Assert.Equal(["Unknown 2", "www.google.com 2", "t.me 1"], Counts(statistics.GetProperty("referers")));
        Assert.Equal(["Chrome 2", "Firefox 2", "Unknown 1"], Counts(statistics.GetProperty("browsers")));
        Assert.Equal(["Linux 2", "Windows 10 2", "Unknown 1"], Counts(statistics.GetProperty("oses")));
    }

    [Fact]
    public async Task DimensionsCountOnlyClicksInsideTheRange()
    {
        var hour = Clock.NextHour();
        var hash = await fixture.AddLinkAsync();
        Clock.MoveTo(hour);
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.ChromeWindows, address: FakeGeoLocator.Tehran));
        Clock.MoveTo(hour.AddMinutes(10));
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.FirefoxLinux, address: FakeGeoLocator.Berlin));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await StatisticsAsync(hash, "minute", hour.AddMinutes(5), hour.AddMinutes(15));

        Assert.Equal(["Germany 1"], Counts(statistics.GetProperty("countries")));
        Assert.Equal(["Firefox 1"], Counts(statistics.GetProperty("browsers")));
        Assert.Equal(["Linux 1"], Counts(statistics.GetProperty("oses")));
        Assert.Equal(["Unknown 1"], Counts(statistics.GetProperty("referers")));
    }

    [Theory]
    [InlineData("link", "https://example.com/landing", true)]
    [InlineData("file", "https://files.example.com/report.pdf", true)]
    [InlineData("content", "سلام دنیا <b>پررنگ</b>", false)]
    public async Task StatisticsCarryTheLinksFields(string kind, string target, bool isUrl)
    {
        var value = kind == "content" ? target + ShortLinkApiFixture.Unique() : target + "?v=" + ShortLinkApiFixture.Unique();
        var added = await Api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = value, ["shortenObjectKind"] = kind });
        var hash = added.GetProperty("hash").GetString()!;

        var statistics = await StatisticsAsync(hash);

        Assert.Equal(value, statistics.GetProperty("urlOrContent").GetString());
        Assert.Equal(isUrl, statistics.GetProperty("isURL").GetBoolean());
        Assert.Equal(added.GetProperty("createTime").GetInt64(), statistics.GetProperty("createTime").GetInt64());
        Assert.Equal(added.GetProperty("hashURL").GetString(), statistics.GetProperty("hashURL").GetString());
        Assert.EndsWith("/l/" + hash, statistics.GetProperty("hashURL").GetString());
        Assert.Equal(0, statistics.GetProperty("totalCount").GetInt64());
        Assert.Empty(Intervals(statistics));
        Assert.Empty(statistics.GetProperty("countries").EnumerateArray());
    }

    [Fact]
    public async Task ThousandsOfVisitsInOneMinuteStoreAFixedNumberOfCounterRows()
    {
        var hash = await fixture.AddLinkAsync();
        await VisitManyAsync(hash, 1_000);
        var rowsAfterOneThousand = await fixture.Factory.VisitCounterRowsAsync(hash);
        await VisitManyAsync(hash, 1_000);
        var rowsAfterTwoThousand = await fixture.Factory.VisitCounterRowsAsync(hash);

        var statistics = await StatisticsAsync(hash, "minute");

        // Four levels (minute, hour, day, month) times six rows: total, country, city, referrer, browser, OS.
        Assert.Equal(4 * 6, rowsAfterOneThousand);
        Assert.Equal(4 * 6, rowsAfterTwoThousand);
        Assert.Equal(2_000, statistics.GetProperty("totalCount").GetInt64());
        Assert.Equal([2_000L], Clicks(statistics));
    }

    private async Task VisitManyAsync(string hash, int count)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, _) =>
            Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.ChromeWindows, "https://t.me/kelas", FakeGeoLocator.Mashhad)));
        await fixture.Factory.FlushShortLinkVisitsAsync();
    }
}
