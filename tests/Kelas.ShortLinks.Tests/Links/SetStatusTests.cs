namespace Kelas.ShortLinks.Tests.Links;

/// <summary>Service 46413: deactivating and reactivating one's own links.</summary>
public sealed class SetStatusTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private ShortLinkWire Api => fixture.Api;

    [Fact]
    public async Task DeactivatingAnswersTrueAndTheShortUrlAnswers404()
    {
        var hash = await fixture.AddLinkAsync();

        var result = await Api.OkAsync(46413, Params(hash, "deactive"));

        Assert.True(result.GetBoolean());
        using var response = await Api.Http.GetAsync("/l/" + hash);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReactivatingBringsTheRedirectBack()
    {
        var hash = await fixture.AddLinkAsync("https://example.com/back-again-" + Guid.NewGuid().ToString("N")[..6]);
        await Api.OkAsync(46413, Params(hash, "deactive"));

        await Api.OkAsync(46413, Params(hash, "ACTIVE"));

        using var response = await Api.Http.GetAsync("/l/" + hash);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task MissingHashAnswers119(string? hash)
    {
        var (code, message) = await Api.ErrorAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "active" });

        Assert.Equal(119, code);
        Assert.Equal("HASH_IS_NULL_OR_EMPTY: عدم مقداردهی hash", message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("enabled")]
    [InlineData("1")]
    public async Task StatusOtherThanActiveOrDeactiveAnswers116(string? status)
    {
        var hash = await fixture.AddLinkAsync();

        var (code, message) = await Api.ErrorAsync(46413, Params(hash, status));

        Assert.Equal(116, code);
        Assert.EndsWith("setStatus", message);
    }

    [Fact]
    public async Task UnknownHashAnswers404()
    {
        Assert.Equal(404, (await Api.ErrorAsync(46413, Params("never-" + Guid.NewGuid().ToString("N")[..8], "active"))).Code);
    }

    [Fact]
    public async Task AnotherBusinesssLinkAnswers401AndStaysActive()
    {
        var hash = await fixture.AddLinkAsync(api: fixture.OtherApi);

        var (code, message) = await Api.ErrorAsync(46413, Params(hash, "deactive"));

        Assert.Equal(401, code);
        Assert.Equal("UNAUTHORIZED: عدم احراز هویت", message);
        using var response = await Api.Http.GetAsync("/l/" + hash);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(ShortLinkWire.Variant.FieldTokenPlainFields)]
    [InlineData(ShortLinkWire.Variant.GetQuery)]
    [InlineData(ShortLinkWire.Variant.Multipart)]
    public async Task WorksInEveryWireVariant(ShortLinkWire.Variant variant)
    {
        var hash = await fixture.AddLinkAsync();

        Assert.True((await Api.OkAsync(46413, Params(hash, "deactive"), variant)).GetBoolean());
    }

    private static Dictionary<string, object?> Params(string hash, string? status) => new() { ["hash"] = hash, ["setStatus"] = status };
}
