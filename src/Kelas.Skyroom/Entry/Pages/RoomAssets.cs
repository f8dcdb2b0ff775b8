using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Kelas.Skyroom.Entry.Pages;

/// <summary>A stylesheet or script of the room pages, embedded in the assembly and served from memory.</summary>
/// <param name="Version">A short hash of the content: pages link <c>?v={Version}</c>, which may be cached for good.</param>
internal sealed record RoomAsset(string Path, string ContentType, byte[] Content, string Version)
{
    /// <summary>The path pages link to, with the version that makes it cacheable.</summary>
    public string Url => $"{Path}?v={Version}";

    public static RoomAsset Load(string name, string contentType)
    {
        using var stream = typeof(RoomAsset).Assembly.GetManifestResourceStream($"Kelas.Skyroom.Assets.{name}")
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var version = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        return new RoomAsset($"{RoomAssets.BasePath}/{name}", contentType, content, version);
    }
}

/// <summary>
/// <c>GET /kelas/skyroom/room.css</c> and <c>/kelas/skyroom/room.js</c>: the room pages' only stylesheet and script, so
/// that the pages can run under a Content-Security-Policy without <c>'unsafe-inline'</c>.
/// </summary>
internal static class RoomAssets
{
    public const string BasePath = "/kelas/skyroom";

    public static readonly RoomAsset Style = RoomAsset.Load("room.css", "text/css; charset=utf-8");

    public static readonly RoomAsset Script = RoomAsset.Load("room.js", "text/javascript; charset=utf-8");

    public static IEndpointRouteBuilder MapRoomAssets(this IEndpointRouteBuilder app)
    {
        foreach (var asset in new[] { Style, Script })
        {
            app.MapGet(asset.Path, (HttpContext http) => Serve(http, asset)).ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>The asking version is cached for a year; an unversioned or stale link revalidates with the ETag.</summary>
    private static IResult Serve(HttpContext http, RoomAsset asset)
    {
        var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = http.Request.Query["v"] == asset.Version
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { Public = true, NoCache = true };
        http.Response.Headers.XContentTypeOptions = "nosniff";

        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
