using System.Net;
using System.Net.Http.Headers;
using Kelas.Skyroom.Entry.Pages;

namespace Kelas.Skyroom.Tests.Entry;

/// <summary><c>GET /kelas/skyroom/room.css</c> and <c>room.js</c>, as the whole server maps them.</summary>
public sealed class RoomAssetsTests(RoomAssetsTests.Server server) : IClassFixture<RoomAssetsTests.Server>
{
    public sealed class Server : IDisposable
    {
        public KelasFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    public static TheoryData<string> Assets => new() { "room.css", "room.js" };

    private static RoomAsset Asset(string name) => name == "room.css" ? RoomAssets.Style : RoomAssets.Script;

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task TheVersionedUrlIsServedAndCachedForGood(string name)
    {
        var asset = Asset(name);
        using var client = server.Factory.CreateClient();

        using var response = await client.GetAsync(asset.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(asset.ContentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(asset.Content, await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
        Assert.Equal($"\"{asset.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task AnUnversionedOrStaleUrlRevalidates(string name)
    {
        var asset = Asset(name);
        using var client = server.Factory.CreateClient();

        foreach (var url in new[] { asset.Path, asset.Path + "?v=0000" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoCache);
            Assert.Null(response.Headers.CacheControl?.MaxAge);
        }
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task AMatchingETagGetsNotModified(string name)
    {
        var asset = Asset(name);
        using var client = server.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, asset.Path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{asset.Version}\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void TheAssetsAreTheOnesInTheRepository()
    {
        var css = System.Text.Encoding.UTF8.GetString(RoomAssets.Style.Content);
        var script = System.Text.Encoding.UTF8.GetString(RoomAssets.Script.Content);

        Assert.Contains("#participants", css);
        Assert.Contains("'hello'", script);
        Assert.Matches("^[0-9a-f]{12}$", RoomAssets.Style.Version);
        Assert.NotEqual(RoomAssets.Style.Version, RoomAssets.Script.Version);
    }
}
