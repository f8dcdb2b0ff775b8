using System.Text.Json;

namespace Kelas.ShortLinks.Tests.Links;

/// <summary>Service 46410: every parameter, default, limit and error code.</summary>
public sealed class AddLinkTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private ShortLinkWire Api => fixture.Api;

    [Fact]
    public async Task AddedLinkAnswersTheFullLinkObject()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}?a=1&b=2";
        var link = await Api.OkAsync(46410, Params(url, "link", tags: "news,sample"));

        Assert.Equal(url, link.GetProperty("urlOrContent").GetString());
        Assert.Equal("link", link.GetProperty("shortenObjectKind").GetString());
        Assert.Equal(0, link.GetProperty("visitCount").GetInt64());
        Assert.False(link.GetProperty("isDeleted").GetBoolean());
        Assert.Equal("auto", link.GetProperty("hashGeneratedMethod").GetString());
        Assert.Equal("news,sample", link.GetProperty("tags").GetString());
        var hash = link.GetProperty("hash").GetString()!;
        Assert.Equal($"http://localhost/l/{hash}", link.GetProperty("hashURL").GetString());
        Assert.Equal(fixture.Factory.Clock.GetUtcNow().ToUnixTimeMilliseconds(), link.GetProperty("createTime").GetInt64());
        Assert.Equal(TimeSpan.FromDays(730).TotalMilliseconds, link.GetProperty("expireTime").GetInt64() - link.GetProperty("createTime").GetInt64());
    }

    [Fact]
    public async Task AutoHashesAreSevenRandomBase62Characters()
    {
        var hashes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            hashes.Add(await fixture.AddLinkAsync());
        }

        Assert.All(hashes, h => Assert.Matches("^[0-9A-Za-z]{7}$", h));
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task MissingUrlOrContentAnswers114(string? value)
    {
        var (code, message) = await Api.ErrorAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = value, ["shortenObjectKind"] = "content" });

        Assert.Equal(114, code);
        Assert.Equal("URL_OR_Content_IS_NULL_OR_EMPTY: عدم مقداردهی urlOrContent", message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("video")]
    public async Task MissingOrUnknownKindAnswers116(string? kind)
    {
        var (code, message) = await Api.ErrorAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = "https://example.com/", ["shortenObjectKind"] = kind });

        Assert.Equal(116, code);
        Assert.Equal("INVALID_PARAMETER: مقدار غیرمجاز برای پارامتر shortenObjectKind", message);
    }

    [Theory]
    [InlineData("LINK")]
    [InlineData("Content")]
    public async Task KindIsReadCaseInsensitively(string kind)
    {
        var link = await Api.OkAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", kind));

        Assert.Equal(kind.ToLowerInvariant(), link.GetProperty("shortenObjectKind").GetString());
    }

    [Theory]
    [InlineData("link", "not a url")]
    [InlineData("link", "ftp://example.com/file")]
    [InlineData("link", "javascript:alert(1)")]
    [InlineData("file", "/relative/path.pdf")]
    [InlineData("link", "mailto:someone@example.com")]
    public async Task LinksAndFilesNeedAnAbsoluteHttpUrl(string kind, string value)
    {
        var (code, message) = await Api.ErrorAsync(46410, Params(value, kind));

        Assert.Equal(116, code);
        Assert.EndsWith("urlOrContent", message);
    }

    [Fact]
    public async Task UrlLongerThan2048CharactersAnswers116()
    {
        var url = "https://example.com/" + new string('a', 2_049 - "https://example.com/".Length);

        Assert.Equal(116, (await Api.ErrorAsync(46410, Params(url, "link"))).Code);
    }

    [Fact]
    public async Task ContentUpTo10000CharactersIsKeptWordForWord()
    {
        var text = string.Concat(Enumerable.Repeat("سلام 👋 <b>&</b>\n", 10_000 / 16)) + ShortLinkApiFixture.Unique();
        var at = text[..Math.Min(text.Length, 10_000)];

        var link = await Api.OkAsync(46410, Params(at, "content"));

        Assert.Equal(at, link.GetProperty("urlOrContent").GetString());
    }

    [Fact]
    public async Task ContentOver10000CharactersAnswers116()
    {
        Assert.Equal(116, (await Api.ErrorAsync(46410, Params(new string('م', 10_001), "content"))).Code);
    }

    [Fact]
    public async Task CustomPersianHashIsKept()
    {
        var hash = "تست-" + Guid.NewGuid().ToString("N")[..6];
        var link = await Api.OkAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", hash));

        Assert.Equal(hash, link.GetProperty("hash").GetString());
        Assert.Equal("custom", link.GetProperty("hashGeneratedMethod").GetString());
        Assert.Equal("http://localhost/l/" + Uri.EscapeDataString(hash), link.GetProperty("hashURL").GetString());
    }

    [Fact]
    public async Task DecomposedHashIsStoredComposedAndServedInEitherForm()
    {
        var composed = "آب-" + Guid.NewGuid().ToString("N")[..6];
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var link = await Api.OkAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", decomposed));

        Assert.Equal(composed, link.GetProperty("hash").GetString());
        using var viaDecomposed = await Api.Http.GetAsync("/l/" + Uri.EscapeDataString(decomposed));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, viaDecomposed.StatusCode);
        Assert.Equal(200, (await Api.CallAsync(46414, new Dictionary<string, object?> { ["hash"] = decomposed })).InnerCode);
    }

    [Fact]
    public async Task HashOf32CharactersIsAcceptedAnd33Answers120()
    {
        var thirtyTwo = "ک" + Guid.NewGuid().ToString("N")[..31];
        await Api.OkAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", thirtyTwo));

        var (code, message) = await Api.ErrorAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", thirtyTwo + "x"));

        Assert.Equal(120, code);
        Assert.Equal("HASH_IS_LONG: طول زیاد برای هش", message);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("question?")]
    [InlineData("dot.dot")]
    [InlineData("percent%20")]
    public async Task HashWithCharactersOutsideLettersDigitsDashAndUnderscoreAnswers116(string hash)
    {
        var (code, message) = await Api.ErrorAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", hash));

        Assert.Equal(116, code);
        Assert.EndsWith("hash", message);
    }

    [Fact]
    public async Task HashTakenByAnyBusinessAnswers119()
    {
        var hash = ShortLinkApiFixture.Unique("shared");
        await fixture.AddLinkAsync(hash: hash, api: fixture.OtherApi);

        var (code, message) = await Api.ErrorAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", hash));

        Assert.Equal(119, code);
        Assert.Equal("CUSTOM_HASH_REPETETIVE: هش تکراری", message);
    }

    [Fact]
    public async Task HashesAreCaseSensitive()
    {
        var hash = ShortLinkApiFixture.Unique("Case");
        await fixture.AddLinkAsync(hash: hash);

        var other = await fixture.AddLinkAsync(hash: hash.ToLowerInvariant());

        Assert.Equal(hash.ToLowerInvariant(), other);
    }

    [Fact]
    public async Task SameUrlFromTheSameBusinessAnswers121()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        await fixture.AddLinkAsync(url);

        var (code, message) = await Api.ErrorAsync(46410, Params(url, "link"));

        Assert.Equal(121, code);
        Assert.Equal("URL_OR_CONTENT_REPETITIVE: لینک یا متن تکراری", message);
    }

    [Fact]
    public async Task SameUrlIsRefusedEvenWhenTheFirstLinkIsDeactivated()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var hash = await fixture.AddLinkAsync(url);
        await Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        Assert.Equal(121, (await Api.ErrorAsync(46410, Params(url, "link"))).Code);
    }

    [Fact]
    public async Task SameUrlFromAnotherBusinessIsItsOwnLink()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var mine = await fixture.AddLinkAsync(url);

        var theirs = await fixture.AddLinkAsync(url, api: fixture.OtherApi);

        Assert.NotEqual(mine, theirs);
    }

    [Theory]
    [InlineData("a،b، c ,,a")]
    [InlineData("a,b,c")]
    public async Task TagsSplitOnLatinAndPersianCommas(string tags)
    {
        var link = await Api.OkAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", tags: tags));

        Assert.Equal("a,b,c", link.GetProperty("tags").GetString());
    }

    [Theory]
    [InlineData(ShortLinkWire.Variant.HeaderTokenJsonBody)]
    [InlineData(ShortLinkWire.Variant.FieldTokenPlainFields)]
    [InlineData(ShortLinkWire.Variant.GetQuery)]
    [InlineData(ShortLinkWire.Variant.Multipart)]
    public async Task TagsMayArriveAsAList(ShortLinkWire.Variant variant)
    {
        var parameters = Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link");
        parameters["tags"] = new[] { "کلاس", "ریاضی" };

        var link = await Api.OkAsync(46410, parameters, variant);

        Assert.Equal("کلاس,ریاضی", link.GetProperty("tags").GetString());
    }

    [Fact]
    public async Task RepeatedTagFieldsAreCollected()
    {
        var request = Api.Form(HttpMethod.Post,
        [
            new("scProductId", "46410"), new("scApiKey", fixture.Business.ApiKey), new("urlOrContent", $"https://example.com/{ShortLinkApiFixture.Unique()}"),
            new("shortenObjectKind", "link"), new("tags", "one"), new("tags", "two"),
        ], headerToken: true);

        Assert.Equal("one,two", (await Api.SendAsync(request)).Result.GetProperty("tags").GetString());
    }

    [Fact]
    public async Task MoreThan20TagsAnswers116()
    {
        var tags = string.Join(',', Enumerable.Range(1, 21).Select(i => "t" + i));

        var (code, message) = await Api.ErrorAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", tags: tags));

        Assert.Equal(116, code);
        Assert.EndsWith("tags", message);
    }

    [Fact]
    public async Task TagLongerThan64CharactersAnswers116()
    {
        Assert.Equal(116, (await Api.ErrorAsync(46410, Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link", tags: new string('t', 65)))).Code);
    }

    [Fact]
    public async Task NonStringTagInAJsonArrayAnswers116()
    {
        var parameters = Params($"https://example.com/{ShortLinkApiFixture.Unique()}", "link");
        parameters["tags"] = new object[] { "ok", 5 };

        Assert.Equal(116, (await Api.ErrorAsync(46410, parameters)).Code);
    }

    [Fact]
    public async Task ObjectWhereTextIsExpectedAnswers116()
    {
        var parameters = new Dictionary<string, object?> { ["urlOrContent"] = new { nested = true }, ["shortenObjectKind"] = "content" };

        var (code, message) = await Api.ErrorAsync(46410, parameters);

        Assert.Equal(116, code);
        Assert.EndsWith("urlOrContent", message);
    }

    [Fact]
    public async Task NulCharacterInContentAnswers116()
    {
        Assert.Equal(116, (await Api.ErrorAsync(46410, Params("before\0after", "content"))).Code);
    }

    [Fact]
    public async Task LinkIsStoredWithoutSurroundingWhitespace()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var link = await Api.OkAsync(46410, Params("  " + url + "\n", "link"));

        Assert.Equal(url, link.GetProperty("urlOrContent").GetString());
    }

    private static Dictionary<string, object?> Params(string urlOrContent, string kind, string? hash = null, string? tags = null)
    {
        var parameters = new Dictionary<string, object?> { ["urlOrContent"] = urlOrContent, ["shortenObjectKind"] = kind };
        if (hash is not null)
        {
            parameters["hash"] = hash;
        }

        if (tags is not null)
        {
            parameters["tags"] = tags;
        }

        return parameters;
    }
}
