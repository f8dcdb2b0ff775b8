using System.Net;
using System.Text;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Public;

public sealed class QrCodeTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private HttpClient Public => fixture.Api.Http;

    [Theory]
    [InlineData("/qr")]
    [InlineData("/qr.png")]
    public async Task QrCodeIsAPng(string suffix)
    {
        var hash = await fixture.AddLinkAsync();

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash) + suffix);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(bytes.Length > PngSignature.Length);
        Assert.Equal(PngSignature, bytes[..PngSignature.Length]);
    }

    [Theory]
    [InlineData("/qr.svg")]
    [InlineData("/qr?format=svg")]
    [InlineData("/qr?format=SVG")]
    public async Task QrCodeIsAnSvgWhenAskedFor(string suffix)
    {
        var hash = await fixture.AddLinkAsync();

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash) + suffix);
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", body);
        Assert.Contains("</svg>", body);
    }

    [Fact]
    public async Task QrCodeOfAContentLinkAndOfAPersianHashIsServed()
    {
        var hash = "کد_" + ShortLinkApiFixture.Unique();
        await fixture.AddLinkAsync("متن پشت کد QR " + ShortLinkApiFixture.Unique(), "content", hash);

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash) + "/qr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/qr")]
    [InlineData("/qr.svg")]
    public async Task QrCodeOfAnUnknownHashAnswers404(string suffix)
    {
        using var response = await Public.GetAsync(PublicVisits.PathOf(ShortLinkApiFixture.Unique()) + suffix);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task QrCodeOfADeactivatedLinkAnswers404()
    {
        var hash = await fixture.AddLinkAsync();
        await fixture.Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        using var response = await Public.GetAsync(PublicVisits.PathOf(hash) + "/qr");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FetchingAQrCodeIsNotAVisit()
    {
        var hash = await fixture.AddLinkAsync();

        foreach (var suffix in new[] { "/qr", "/qr.png", "/qr.svg", "/qr?format=svg" })
        {
            using var response = await Public.GetAsync(PublicVisits.PathOf(hash) + suffix);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();
        Assert.Equal(0, await fixture.Factory.StoredVisitCountAsync(hash));
    }
}
