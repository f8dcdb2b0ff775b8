using Kelas.ShortLinks.Analytics;
using Microsoft.AspNetCore.Http;

namespace Kelas.ShortLinks.Visits;

internal static class PublicVisitor
{
    public static VisitorContext From(HttpContext http) => new(
        http.Connection.RemoteIpAddress,
        http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
        http.Request.Headers.Referer.ToString() is { Length: > 0 } referrer ? referrer : null);
}
