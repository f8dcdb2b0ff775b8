using System.Text.Json;

namespace Kelas.ShortLinks.Tests.Links;

/// <summary>Service 46412 on a business of its own, so counts and orders are exact.</summary>
public sealed class ListLinksTests : IAsyncLifetime
{
    private readonly KelasFactory factory = ShortLinkApiFixture.CreateFactory();
    private ShortLinkWire api = null!;
    private ShortLinkWire otherApi = null!;

    public async Task InitializeAsync()
    {
        api = new ShortLinkWire(factory.CreateClient(), await factory.CreateShortLinkBusinessAsync());
        otherApi = new ShortLinkWire(factory.CreateClient(), await factory.CreateShortLinkBusinessAsync());
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DefaultsAreTenNewestFirst()
    {
        var hashes = await AddManyAsync(12);

        var page = await ListAsync();

        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(hashes.AsEnumerable().Reverse().Take(10), Hashes(page));
    }

    [Fact]
    public async Task OffsetAndCountPage()
    {
        var hashes = await AddManyAsync(7);

        var page = await ListAsync(("offset", 2), ("count", 3), ("order_asc", true));

        Assert.Equal(hashes.Skip(2).Take(3), Hashes(page));
        Assert.Equal(7, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task CountOver100IsReadAs100()
    {
        await AddManyAsync(105);

        var page = await ListAsync(("count", 500));

        Assert.Equal(100, page.GetProperty("linkVos").GetArrayLength());
        Assert.Equal(105, page.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("offset", -1)]
    [InlineData("count", 0)]
    [InlineData("count", -5)]
    public async Task NegativeOffsetOrNonPositiveCountAnswers116(string name, int value)
    {
        var (code, message) = await api.ErrorAsync(46412, new Dictionary<string, object?> { [name] = value });

        Assert.Equal(116, code);
        Assert.EndsWith(name, message);
    }

    [Theory]
    [InlineData("offset", "ten")]
    [InlineData("count", "1.5")]
    [InlineData("order_asc", "maybe")]
    [InlineData("order_by", "title")]
    [InlineData("hashGeneratedMethod", "manual")]
    [InlineData("shortenObjectKind", "video")]
    [InlineData("date_from", "yesterday")]
    public async Task InvalidValuesAnswer116NamingTheParameter(string name, string value)
    {
        var (code, message) = await api.ErrorAsync(46412, new Dictionary<string, object?> { [name] = value });

        Assert.Equal(116, code);
        Assert.EndsWith(name, message);
    }

    [Fact]
    public async Task NumbersMayArriveAsPersianDigitStrings()
    {
        var hashes = await AddManyAsync(4);

        var page = await ListAsync(("offset", "۱"), ("count", "۲"), ("order_asc", "true"));

        Assert.Equal(hashes.Skip(1).Take(2), Hashes(page));
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("createTime")]
    [InlineData("expireTime")]
    [InlineData("visitCount")]
    public async Task EveryOrderFieldSortsBothWays(string field)
    {
        await AddManyAsync(5);

        var ascending = (await ListAsync(("order_by", field), ("order_asc", true))).GetProperty("linkVos").EnumerateArray().ToList();
        var descending = (await ListAsync(("order_by", field), ("order_asc", false))).GetProperty("linkVos").EnumerateArray().ToList();

        var values = ascending.Select(l => Key(l, field)).ToList();
        Assert.Equal(values.OrderBy(v => v, StringComparer.Ordinal), values);
        Assert.Equal(ascending.Select(l => l.GetProperty("hash").GetString()).Reverse(), descending.Select(l => l.GetProperty("hash").GetString()));
    }

    [Fact]
    public async Task SearchSubStringLooksInTargetHashAndTags()
    {
        var byUrl = await AddAsync("https://example.com/needle-in-url");
        var byHash = await AddAsync("https://example.com/other", hash: "needleHash");
        var byTag = await AddAsync("https://example.com/third", tags: "haystack,needle");
        await AddAsync("https://example.com/none");

        var page = await ListAsync(("search_sub_string", "needle"));

        Assert.Equal(new[] { byUrl, byHash, byTag }.Order(StringComparer.Ordinal), Hashes(page).Order(StringComparer.Ordinal));
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task DateRangeFiltersOnCreateTimeInclusively()
    {
        var first = await AddAsync("https://example.com/1");
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var middle = await AddAsync("https://example.com/2");
        var middleTime = factory.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await AddAsync("https://example.com/3");

        var page = await ListAsync(("date_from", middleTime), ("date_to", middleTime));

        Assert.Equal([middle], Hashes(page));
        Assert.Contains(first, Hashes(await ListAsync(("date_to", middleTime))));
    }

    [Fact]
    public async Task FiltersByHashMethodAndKind()
    {
        var custom = await AddAsync("https://example.com/custom", hash: "customOne");
        var auto = await AddAsync("https://example.com/auto");
        var content = await AddAsync("just some text", kind: "content");
        var file = await AddAsync("https://example.com/file.pdf", kind: "file");

        Assert.Equal([custom], Hashes(await ListAsync(("hashGeneratedMethod", "custom"))));
        Assert.Equal(new[] { auto, content, file }.Order(StringComparer.Ordinal), Hashes(await ListAsync(("hashGeneratedMethod", "auto"))).Order(StringComparer.Ordinal));
        Assert.Equal([content], Hashes(await ListAsync(("shortenObjectKind", "content"))));
        Assert.Equal([file], Hashes(await ListAsync(("shortenObjectKind", "file"))));
    }

    [Fact]
    public async Task FilterTagsNeedsEveryTagExactly()
    {
        var both = await AddAsync("https://example.com/both", tags: "math,class-7");
        await AddAsync("https://example.com/one", tags: "math");
        await AddAsync("https://example.com/prefix", tags: "mathematics,class-7");

        Assert.Equal([both], Hashes(await ListAsync(("filter_tags", "math،class-7"))));
    }

    [Fact]
    public async Task SearchTagsMatchesAnyFragment()
    {
        var science = await AddAsync("https://example.com/a", tags: "science");
        var art = await AddAsync("https://example.com/b", tags: "artwork");
        await AddAsync("https://example.com/c", tags: "sports");

        var found = Hashes(await ListAsync(("search_tags", "scien,art"))).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { science, art }.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public async Task DeactivatedLinksAreListedAsDeleted()
    {
        var hash = await AddAsync("https://example.com/gone");
        await api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        var link = (await ListAsync()).GetProperty("linkVos").EnumerateArray().Single();

        Assert.True(link.GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task AnotherBusinesssLinksAreNeverListed()
    {
        await AddAsync("https://example.com/mine");
        await otherApi.AddAsync("https://example.com/theirs");

        var page = await ListAsync(("search_sub_string", "example.com"));

        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("https://example.com/mine", page.GetProperty("linkVos")[0].GetProperty("urlOrContent").GetString());
    }

    [Fact]
    public async Task EmptyListIsAnEmptyArray()
    {
        var page = await ListAsync();

        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Array, page.GetProperty("linkVos").ValueKind);
        Assert.Equal(0, page.GetProperty("linkVos").GetArrayLength());
    }

    private async Task<List<string>> AddManyAsync(int count)
    {
        var hashes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            hashes.Add(await AddAsync($"https://example.com/{i}"));
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return hashes;
    }

    private Task<string> AddAsync(string url, string kind = "link", string? hash = null, string? tags = null) =>
        api.AddAsync(url, kind, hash, tags);

    private Task<JsonElement> ListAsync(params (string Name, object Value)[] parameters) =>
        api.OkAsync(46412, parameters.ToDictionary(p => p.Name, p => (object?)p.Value));

    private static List<string> Hashes(JsonElement page) =>
        page.GetProperty("linkVos").EnumerateArray().Select(l => l.GetProperty("hash").GetString()!).ToList();

    private static string Key(JsonElement link, string field) => field == "hash"
        ? link.GetProperty("hash").GetString()!
        : link.GetProperty(field).GetInt64().ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
}
