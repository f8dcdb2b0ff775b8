using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Public;

/// <summary>Where short links live: the route prefix and host they are served on, and the <c>hashURL</c> of a hash.</summary>
internal sealed class ShortUrls
{
    private readonly string? configuredBase;

    public ShortUrls(IOptions<ShortLinksOptions> options)
    {
        if (options.Value.PublicBaseUrl is { } configured && ShortLinksOptions.TryParseBase(configured, out var uri))
        {
            var path = uri.AbsolutePath.TrimEnd('/');
            configuredBase = uri.GetLeftPart(UriPartial.Authority) + path + "/";
            RoutePrefix = path;
            RequiredHost = path.Length == 0 ? uri.Authority : null;
        }
        else
        {
            RoutePrefix = ShortLinksOptions.DefaultPathPrefix;
        }
    }

    /// <summary>Path under which <c>/{hash}</c> is served; empty for a dedicated host.</summary>
    public string RoutePrefix { get; }

    /// <summary>The host name links are served for when they sit at the root; otherwise null (any host).</summary>
    public string? RequiredHost { get; }

    public string HashUrl(HttpRequest request, string hash) => BaseFor(request) + Uri.EscapeDataString(hash);

    public string BaseFor(HttpRequest request) =>
        configuredBase ?? $"{request.Scheme}://{request.Host}{request.PathBase}{RoutePrefix}/";
}
