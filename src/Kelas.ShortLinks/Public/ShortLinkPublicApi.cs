using System.Text;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.ShortLinks.Public;

/// <summary>
/// The public short URLs: <c>{base}/{hash}</c> redirects (link, file) or shows the text (content) and counts the
/// visit through the queue, never waiting on the database; <c>{base}/{hash}/qr</c> is its QR code.
/// </summary>
internal static class ShortLinkPublicApi
{
    public static IEndpointRouteBuilder MapShortLinkPublicUrls(this IEndpointRouteBuilder app)
    {
        var urls = app.ServiceProvider.GetRequiredService<ShortUrls>();
        var group = app.MapGroup(urls.RoutePrefix);
        if (urls.RequiredHost is { } host)
        {
            group.RequireHost(host);
        }

        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/{hash}", methods, VisitAsync);
        group.MapMethods("/{hash}/qr", methods, (HttpContext http, string hash, CancellationToken ct) => QrCodeAsync(http, hash, format: null, ct));
        group.MapMethods("/{hash}/qr.png", methods, (HttpContext http, string hash, CancellationToken ct) => QrCodeAsync(http, hash, "png", ct));
        group.MapMethods("/{hash}/qr.svg", methods, (HttpContext http, string hash, CancellationToken ct) => QrCodeAsync(http, hash, "svg", ct));
        return app;
    }

    private static async Task<IResult> VisitAsync(HttpContext http, string hash, LinkCache cache, VisitQueue visits, TimeProvider clock, ShortUrls urls, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var target = await cache.FindAsync(hash, cancellationToken);
        if (target is null || !target.IsLive(now))
        {
            return Results.Content(PublicPages.NotFound(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await visits.EnqueueAsync(new PendingVisit(target.Id, now, PublicVisitor.From(http), Explicit: false), cancellationToken);
        }

        http.Response.Headers.CacheControl = "no-store";
        return target.Kind == LinkKind.Content
            ? Results.Content(PublicPages.Content(target.UrlOrContent, urls.HashUrl(http.Request, target.Hash)), "text/html; charset=utf-8")
            : Results.Redirect(target.RedirectLocation);
    }

    /// <summary>
    /// Header values must be ASCII (Kestrel refuses to send others), so a target with Persian letters goes out
    /// percent-encoded, with its host name in punycode; an ASCII target goes out exactly as stored.
    /// </summary>
    internal static string Location(string url)
    {
        if (Ascii.IsValid(url))
        {
            return url;
        }

        var uri = new Uri(url);
        return new UriBuilder(uri) { Host = uri.IdnHost }.Uri.AbsoluteUri;
    }

    private static async Task<IResult> QrCodeAsync(HttpContext http, string hash, string? format, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
        var target = await services.GetRequiredService<LinkCache>().FindAsync(hash, cancellationToken);
        if (target is null || !target.IsLive(now))
        {
            return Results.Content(PublicPages.NotFound(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var hashUrl = services.GetRequiredService<ShortUrls>().HashUrl(http.Request, target.Hash);
        http.Response.Headers.CacheControl = "public, max-age=3600";
        var svg = string.Equals(format ?? http.Request.Query["format"].ToString(), "svg", StringComparison.OrdinalIgnoreCase);
        return svg
            ? Results.Text(QrCodes.Svg(hashUrl), "image/svg+xml; charset=utf-8")
            : Results.Bytes(QrCodes.Png(hashUrl), "image/png");
    }
}
