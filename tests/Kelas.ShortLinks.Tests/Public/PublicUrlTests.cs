using System.Net;
using System.Text;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Public;

/// <summary>The public short URL <c>/l/{hash}</c>: redirects, the content page, the 404 page, and which requests count.</summary>
public sealed class PublicUrlTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private HttpClient Public => fixture.Api.Http;

    private static async Task<string> Utf8BodyAsync(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

    private async Task<long> CountedVisitsAsync(string hash)
    {
        await fixture.Factory.FlushShortLinkVisitsAsync();
        return await fixture.Factory.StoredVisitCountAsync(hash);
    }

    private Task SetStatusAsync(string hash, string status) =>
        fixture.Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = status });

    private static void AssertNotFoundPage(HttpResponseMessage response, string body)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("این لینک کوتاه وجود ندارد", body);
        Assert.Contains("This short link does not exist", body);
    }

    private async Task AssertNotFoundAsync(string hash)
    {
        using var response = await Public.GetAsync(PublicVisits.PathOf(hash));
        AssertNotFoundPage(response, await Utf8BodyAsync(response));
    }

    [Theory]
    [InlineData("link", "https://example.com/landing?utm_source=sms&x=")]
    [InlineData("file", "https://files.example.com/reports/2026.pdf?v=")]
    public async Task LinkAndFileRedirectWith302ToTheTarget(string kind, string target)
    {
        var url = target + ShortLinkApiFixture.Unique();
        var hash = await fixture.AddLinkAsync(url, kind);

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore, "a cached redirect would hide later visits");
    }

    [Fact]
    public async Task ContentShowsAnEscapedUtf8PageThatReadsRightToLeft()
    {
        var text = $"<script>alert(1)</script>\nسلام، این یک یادداشت کوتاه است & \"نقل‌قول\" {ShortLinkApiFixture.Unique()}";
        var hash = await fixture.AddLinkAsync(text, "content");

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash));
        var body = await Utf8BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<meta charset=\"utf-8\">", body);
        Assert.DoesNotContain("<script>alert", body);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body);
        Assert.Contains("سلام، این یک یادداشت کوتاه است &amp; &quot;نقل‌قول&quot;", body);
        Assert.Contains("dir=\"auto\"", body);
        Assert.Equal(1, await CountedVisitsAsync(hash));
    }

    [Fact]
    public async Task UnknownHashAnswersA404PageInPersianAndEnglish()
    {
        await AssertNotFoundAsync(ShortLinkApiFixture.Unique());
    }

    [Fact]
    public async Task DeactivatingThroughTheApiAnswers404AtOnceAndActivatingRedirectsAgain()
    {
        var hash = await fixture.AddLinkAsync();
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));

        await SetStatusAsync(hash, "deactive");
        await AssertNotFoundAsync(hash);

        await SetStatusAsync(hash, "active");
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
        Assert.Equal(2, await CountedVisitsAsync(hash));
    }

    [Fact]
    public async Task ExpiredLinkAnswers404EvenWhileItIsCached()
    {
        var hash = await fixture.AddLinkAsync();
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(731));

        await AssertNotFoundAsync(hash);
        Assert.Equal(1, await CountedVisitsAsync(hash));
    }

    [Fact]
    public async Task AHashAskedForBeforeItsLinkExistedIsServedAsSoonAsTheLinkIsAdded()
    {
        var hash = ShortLinkApiFixture.Unique();
        await AssertNotFoundAsync(hash);

        await fixture.AddLinkAsync(hash: hash);

        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
    }

    [Fact]
    public async Task LinkExpiresExactly730DaysAfterItsCreation()
    {
        var hash = await fixture.AddLinkAsync();

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(730) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
        fixture.Factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await AssertNotFoundAsync(hash);
    }

    [Theory]
    [InlineData("https://fa.wikipedia.org/wiki/تهران?ref=", "https://fa.wikipedia.org/wiki/%D8%AA%D9%87%D8%B1%D8%A7%D9%86?ref=")]
    [InlineData("https://سلام.ir/راه?ref=", "https://xn--mgbx5cf.ir/%D8%B1%D8%A7%D9%87?ref=")]
    public async Task TargetWithPersianLettersRedirectsWithAnAsciiLocation(string target, string expected)
    {
        var unique = ShortLinkApiFixture.Unique();
        var hash = await fixture.AddLinkAsync(target + unique);

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash));

        // Header values are ASCII on the wire (Kestrel refuses to send others). Read raw: HttpClient's parsing would escape it.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected + unique, response.Headers.NonValidated["Location"].ToString());
    }

    [Fact]
    public async Task PersianHashIsServedOnItsPercentEncodedPath()
    {
        var hash = "پیوند_" + ShortLinkApiFixture.Unique();
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var added = await fixture.Api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = url, ["shortenObjectKind"] = "link", ["hash"] = hash });

        using var response = await Public.GetAsync("/l/" + Uri.EscapeDataString(hash));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location?.OriginalString);
        Assert.Equal("http://localhost/l/" + Uri.EscapeDataString(hash), added.GetProperty("hashURL").GetString());
        Assert.Equal(1, await CountedVisitsAsync(hash));
    }

    [Fact]
    public async Task HashesAreCaseSensitive()
    {
        var hash = "Case" + ShortLinkApiFixture.Unique();
        await fixture.AddLinkAsync(hash: hash);

        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash));
        await AssertNotFoundAsync(hash.ToLowerInvariant());
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGetButNotCounted()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var hash = await fixture.AddLinkAsync(url);

        using (var head = await Public.SendAsync(PublicVisits.Request(hash, FakeUserAgents.ChromeWindows, method: HttpMethod.Head)))
        {
            Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
            Assert.Equal(url, head.Headers.Location?.OriginalString);
        }

        Assert.Equal(0, await CountedVisitsAsync(hash));
        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.ChromeWindows));
        Assert.Equal(1, await CountedVisitsAsync(hash));
    }

    [Fact]
    public async Task HeadOfAnUnknownHashAnswers404()
    {
        using var head = await Public.SendAsync(new HttpRequestMessage(HttpMethod.Head, PublicVisits.PathOf(ShortLinkApiFixture.Unique())));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task ABotIsRedirectedButNotCounted()
    {
        var hash = await fixture.AddLinkAsync();

        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.Googlebot, address: FakeGeoLocator.Tehran));
        Assert.Equal(0, await CountedVisitsAsync(hash));
        var statistics = await fixture.Api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash });
        Assert.Equal(0, statistics.GetProperty("totalCount").GetInt64());
        Assert.Empty(statistics.GetProperty("browsers").EnumerateArray());
    }

    [Fact]
    public async Task ANormalVisitIsCountedAndShowsInTheList()
    {
        var hash = await fixture.AddLinkAsync();

        Assert.Equal(HttpStatusCode.Redirect, await Public.VisitAsync(hash, FakeUserAgents.FirefoxLinux, "https://t.me/kelas", FakeGeoLocator.Tehran));

        Assert.Equal(1, await CountedVisitsAsync(hash));
        var listed = await fixture.Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash });
        var link = Assert.Single(listed.GetProperty("linkVos").EnumerateArray());
        Assert.Equal(hash, link.GetProperty("hash").GetString());
        Assert.Equal(1, link.GetProperty("visitCount").GetInt64());
    }

    [Fact]
    public async Task OtherMethodsAreNotServed()
    {
        var hash = await fixture.AddLinkAsync();

        using var response = await Public.PostAsync(PublicVisits.PathOf(hash), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, await CountedVisitsAsync(hash));
    }
}
