using Kelas.Client.ShortLinks;

namespace Kelas.Client.Tests.Contract;

public class ShortLinkAddContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(730);

    private readonly ShortLinkClient client = fixture.Client;

    [Theory]
    [InlineData(ShortLinkKind.Link, "https://example.com/خبر/{0}?q=۱")]
    [InlineData(ShortLinkKind.Content, "کلاس فردا ساعت ۱۰ در سالن {0} برگزار می‌شود.\nحضور الزامی است.")]
    [InlineData(ShortLinkKind.File, "https://files.example.com/{0}/جزوه.pdf")]
    public async Task AddWithAPersianHashAndTagsAnswersEveryFieldAndListReturnsTheSameLink(ShortLinkKind kind, string template)
    {
        var urlOrContent = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid().ToString("N"));
        var hash = "کلاس-" + Guid.NewGuid().ToString("N")[..8];
        var now = fixture.Factory.Clock.GetUtcNow();

        var added = await client.AddAsync(new AddShortLinkRequest
        {
            UrlOrContent = urlOrContent,
            Kind = kind,
            Hash = hash,
            Tags = ["اطلاعیه", "ترم-۱", "news"],
        });

        var expected = new ShortLink
        {
            UrlOrContent = urlOrContent,
            Hash = hash,
            HashUrl = fixture.ShortUrl(hash),
            CreateTime = now,
            ExpireTime = now + Lifetime,
            VisitCount = 0,
            IsDeleted = false,
            HashGeneratedMethod = HashGeneratedMethod.Custom,
            Kind = kind,
            Tags = ["اطلاعیه", "ترم-۱", "news"],
        };
        Assert.Equal(expected, added);
        Assert.Equal(TimeSpan.Zero, added.CreateTime!.Value.Offset);
        var listed = await client.GetPageAsync(new ShortLinkQuery { SearchSubstring = hash }, 0, 10);
        Assert.Equal(expected, Assert.Single(listed.Items, l => l.Hash == hash));
    }

    [Fact]
    public async Task AddWithoutHashOrTagsGetsARandomSevenCharacterHash()
    {
        var url = ShortLinkContractFixture.UniqueUrl();

        var added = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = url.AbsoluteUri, Kind = ShortLinkKind.Link });

        Assert.Matches("^[0-9A-Za-z]{7}$", added.Hash);
        Assert.Equal(HashGeneratedMethod.Auto, added.HashGeneratedMethod);
        Assert.Empty(added.Tags);
        Assert.Equal(fixture.ShortUrl(added.Hash), added.HashUrl);
        Assert.Equal(url.AbsoluteUri, added.UrlOrContent);
    }

    [Fact]
    public async Task TheHashUrlOfAnAddedLinkRedirectsToItsTarget()
    {
        var url = ShortLinkContractFixture.UniqueUrl("دانشگاه");
        var added = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = url.AbsoluteUri, Kind = ShortLinkKind.Link, Hash = ShortLinkContractFixture.UniqueHash("دانشگاه") });

        using var response = await fixture.OpenAsync(added.HashUrl!);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url.AbsoluteUri, response.Headers.Location?.AbsoluteUri);
    }

    [Fact]
    public async Task RepeatedAndSurroundingTagsComeBackOnceAndTrimmed()
    {
        var added = await client.AddAsync(new AddShortLinkRequest
        {
            UrlOrContent = ShortLinkContractFixture.UniqueUrl().AbsoluteUri,
            Kind = ShortLinkKind.Link,
            Tags = [" ورزش ", "ورزش", "sport"],
        });

        Assert.Equal(["ورزش", "sport"], added.Tags);
    }

    [Fact]
    public async Task ShortenUrlSendsALinkInItsCanonicalFormWithTheGivenHash()
    {
        var hash = ShortLinkContractFixture.UniqueHash("news");
        var url = new Uri($"https://Example.COM/news/{Guid.NewGuid():N}/گزارش");
        var now = fixture.Factory.Clock.GetUtcNow();

        var link = await client.ShortenUrlAsync(url, hash);

        Assert.Equal(
            new ShortLink
            {
                UrlOrContent = url.AbsoluteUri,
                Hash = hash,
                HashUrl = fixture.ShortUrl(hash),
                CreateTime = now,
                ExpireTime = now + Lifetime,
                HashGeneratedMethod = HashGeneratedMethod.Custom,
                Kind = ShortLinkKind.Link,
            },
            link);
    }

    [Fact]
    public async Task ShortenUrlWithoutAHashGetsAnAutoHash()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        Assert.Equal((HashGeneratedMethod.Auto, ShortLinkKind.Link), (link.HashGeneratedMethod, link.Kind));
    }

    [Fact]
    public async Task ATakenHashThrows119EvenWhenAnotherBusinessTookIt()
    {
        var hash = ShortLinkContractFixture.UniqueHash("taken");
        await fixture.OtherClient.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), hash);

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), hash));

        AssertServiceError(error, ShortLinkException.HashTaken, "CUSTOM_HASH_REPETETIVE: هش تکراری");
    }

    [Fact]
    public async Task AHashOver32CharactersThrows120AndOneOf32IsAccepted()
    {
        var persian32 = "ک" + Guid.NewGuid().ToString("N")[..15] + new string('ب', 16);

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), persian32 + "ب"));

        AssertServiceError(error, ShortLinkException.HashTooLong, "HASH_IS_LONG: طول زیاد برای هش");
        Assert.Equal(persian32, (await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), persian32)).Hash);
    }

    [Fact]
    public async Task TheSameAddressTwiceThrows121ButAnotherBusinessMayShortenIt()
    {
        var url = ShortLinkContractFixture.UniqueUrl();
        await client.ShortenUrlAsync(url);

        var error = await Assert.ThrowsAsync<ShortLinkException>(
            () => client.AddAsync(new AddShortLinkRequest { UrlOrContent = url.AbsoluteUri, Kind = ShortLinkKind.File, Hash = ShortLinkContractFixture.UniqueHash() }));

        AssertServiceError(error, ShortLinkException.UrlOrContentRepeated, "URL_OR_CONTENT_REPETITIVE: لینک یا متن تکراری");
        Assert.Equal(url.AbsoluteUri, (await fixture.OtherClient.ShortenUrlAsync(url)).UrlOrContent);
    }

    [Fact]
    public async Task TheSameTextTwiceThrows121EvenWhenTheFirstLinkIsDeactivated()
    {
        var text = "متن تکراری " + Guid.NewGuid();
        var first = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = text, Kind = ShortLinkKind.Content });
        await client.SetStatusAsync(first.Hash, active: false);

        var error = await Assert.ThrowsAsync<ShortLinkException>(
            () => client.AddAsync(new AddShortLinkRequest { UrlOrContent = text, Kind = ShortLinkKind.Content }));

        Assert.Equal(ShortLinkException.UrlOrContentRepeated, error.Code);
    }

    public static TheoryData<AddShortLinkRequest, string> InvalidRequests => new()
    {
        { new AddShortLinkRequest { UrlOrContent = "not a url " + Guid.NewGuid(), Kind = ShortLinkKind.Link }, "urlOrContent" },
        { new AddShortLinkRequest { UrlOrContent = "ftp://example.com/" + Guid.NewGuid(), Kind = ShortLinkKind.File }, "urlOrContent" },
        { new AddShortLinkRequest { UrlOrContent = "https://example.com/" + new string('a', 2_048), Kind = ShortLinkKind.Link }, "urlOrContent" },
        { new AddShortLinkRequest { UrlOrContent = new string('م', 10_001), Kind = ShortLinkKind.Content }, "urlOrContent" },
        { new AddShortLinkRequest { UrlOrContent = "https://example.com/" + Guid.NewGuid(), Kind = ShortLinkKind.Link, Hash = "با فاصله" }, "hash" },
        { new AddShortLinkRequest { UrlOrContent = "https://example.com/" + Guid.NewGuid(), Kind = ShortLinkKind.Link, Hash = "a/b" }, "hash" },
        { new AddShortLinkRequest { UrlOrContent = "https://example.com/" + Guid.NewGuid(), Kind = ShortLinkKind.Link, Tags = [.. Enumerable.Range(1, 21).Select(i => $"t{i}")] }, "tags" },
        { new AddShortLinkRequest { UrlOrContent = "https://example.com/" + Guid.NewGuid(), Kind = ShortLinkKind.Link, Tags = [new string('ت', 65)] }, "tags" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task AnInvalidParameterThrows116NamingIt(AddShortLinkRequest request, string parameter)
    {
        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.AddAsync(request));

        AssertServiceError(error, ShortLinkException.InvalidParameter, "INVALID_PARAMETER: مقدار غیرمجاز برای پارامتر " + parameter);
    }

    [Fact]
    public async Task TheLongestAllowedValuesAreAccepted()
    {
        var url = "https://example.com/" + Guid.NewGuid().ToString("N");
        url += new string('a', 2_048 - url.Length);
        var text = Guid.NewGuid().ToString("N") + new string('م', 10_000 - 32);
        string[] tags = [.. Enumerable.Range(1, 19).Select(i => $"t{i}"), new string('ت', 64)];

        var link = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = url, Kind = ShortLinkKind.Link, Tags = tags });
        var content = await client.AddAsync(new AddShortLinkRequest { UrlOrContent = text, Kind = ShortLinkKind.Content });

        Assert.Equal(url, link.UrlOrContent);
        Assert.Equal(tags, link.Tags);
        Assert.Equal(text, content.UrlOrContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n")]
    public async Task ABlankUrlOrContentIsRefusedBeforeSendingSo114NeverComesBack(string blank)
    {
        // The server answers 114 for a blank urlOrContent; the SDK refuses the same values (string.IsNullOrWhiteSpace on both sides).
        await Assert.ThrowsAsync<ArgumentException>(() => client.AddAsync(new AddShortLinkRequest { UrlOrContent = blank, Kind = ShortLinkKind.Content }));
    }

    [Fact]
    public async Task ARequestOverTheGatewaysSizeCapThrowsGatewayError24()
    {
        // Content is capped at 10,000 characters, but the gateway refuses a body over 1 MiB before the service sees it.
        var huge = new string('م', 200_000);

        var error = await Assert.ThrowsAsync<ShortLinkException>(
            () => client.AddAsync(new AddShortLinkRequest { UrlOrContent = huge, Kind = ShortLinkKind.Content }));

        Assert.Equal((ShortLinkException.UnreadableRequest, true), (error.Code, error.IsGatewayError));
        Assert.Matches("^[0-9a-f]{32}$", error.ReferenceNumber);
    }

    private static void AssertServiceError(ShortLinkException error, int code, string message)
    {
        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal((code, message, false, (System.Net.HttpStatusCode?)null), (error.Code, error.Message, error.IsGatewayError, error.HttpStatusCode));
        Assert.Matches("^[0-9a-f]{32}$", error.ReferenceNumber);
    }
}
