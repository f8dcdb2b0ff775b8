using System.Net;

namespace Kelas.ShortLinks.Tests.Public;

/// <summary><c>ShortLinks:PublicBaseUrl</c>: a dedicated host serves <c>/{hash}</c> for itself only; a base with a path serves under it on any host.</summary>
public sealed class PublicBaseUrlTests
{
    private static async Task<(KelasFactory Factory, HttpClient Client, string Hash, string HashUrl, string Target)> StartWithLinkAsync(string publicBase)
    {
        var factory = ShortLinkApiFixture.CreateFactory(new Dictionary<string, string?> { ["ShortLinks:PublicBaseUrl"] = publicBase });
        var client = factory.CreateClient(ShortLinkApiFixture.NoRedirects);
        var api = new ShortLinkWire(client, await factory.CreateShortLinkBusinessAsync());
        var target = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var added = await api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = target, ["shortenObjectKind"] = "link" });
        return (factory, client, added.GetProperty("hash").GetString()!, added.GetProperty("hashURL").GetString()!, target);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task DedicatedHostServesHashesAtTheRootForThatHostOnly()
    {
        var (factory, client, hash, hashUrl, target) = await StartWithLinkAsync("https://go.example/");
        using (factory)
        {
            Assert.Equal("https://go.example/" + hash, hashUrl);

            using var onHost = await GetAsync(client, "/" + hash, "go.example");
            Assert.Equal(HttpStatusCode.Redirect, onHost.StatusCode);
            Assert.Equal(target, onHost.Headers.Location?.OriginalString);

            using var otherHost = await GetAsync(client, "/" + hash, "kelas.example");
            Assert.Equal(HttpStatusCode.NotFound, otherHost.StatusCode);
            using var localhost = await GetAsync(client, "/" + hash);
            Assert.Equal(HttpStatusCode.NotFound, localhost.StatusCode);
            using var underDefaultPrefix = await GetAsync(client, "/l/" + hash, "go.example");
            Assert.Equal(HttpStatusCode.NotFound, underDefaultPrefix.StatusCode);

            await factory.FlushShortLinkVisitsAsync();
            Assert.Equal(1, await factory.StoredVisitCountAsync(hash));
        }
    }

    [Fact]
    public async Task DedicatedHostServesQrCodesOfItsHashUrl()
    {
        var (factory, client, hash, _, _) = await StartWithLinkAsync("https://go.example/");
        using (factory)
        {
            using var svg = await GetAsync(client, $"/{hash}/qr.svg", "go.example");
            Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);

            using var otherHost = await GetAsync(client, $"/{hash}/qr", "kelas.example");
            Assert.Equal(HttpStatusCode.NotFound, otherHost.StatusCode);
        }
    }

    [Fact]
    public async Task DedicatedHostStillAnswersThe404PageForUnknownHashes()
    {
        var (factory, client, _, _, _) = await StartWithLinkAsync("https://go.example/");
        using (factory)
        {
            using var response = await GetAsync(client, "/" + ShortLinkApiFixture.Unique(), "go.example");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BaseWithAPathServesUnderThatPathOnAnyHost()
    {
        var (factory, client, hash, hashUrl, target) = await StartWithLinkAsync("http://kelas.example/links");
        using (factory)
        {
            Assert.Equal("http://kelas.example/links/" + hash, hashUrl);

            using var localhost = await GetAsync(client, "/links/" + hash);
            Assert.Equal(HttpStatusCode.Redirect, localhost.StatusCode);
            Assert.Equal(target, localhost.Headers.Location?.OriginalString);
            using var otherHost = await GetAsync(client, "/links/" + hash, "another.example");
            Assert.Equal(HttpStatusCode.Redirect, otherHost.StatusCode);
            using var qr = await GetAsync(client, $"/links/{hash}/qr");
            Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);

            using var underDefaultPrefix = await GetAsync(client, "/l/" + hash);
            Assert.Equal(HttpStatusCode.NotFound, underDefaultPrefix.StatusCode);
            using var atTheRoot = await GetAsync(client, "/" + hash, "kelas.example");
            Assert.Equal(HttpStatusCode.NotFound, atTheRoot.StatusCode);
        }
    }
}
