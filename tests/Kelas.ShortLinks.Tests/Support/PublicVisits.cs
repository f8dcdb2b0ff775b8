using System.Net;

namespace Kelas.ShortLinks.Tests.Support;

/// <summary>Requests to the public short URLs (<c>/l/{hash}</c>) as browsers send them.</summary>
internal static class PublicVisits
{
    public static string PathOf(string hash) => "/l/" + Uri.EscapeDataString(hash);

    public static HttpRequestMessage Request(string hash, string? userAgent = null, string? referrer = null, IPAddress? address = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, PathOf(hash));
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (referrer is not null)
        {
            request.Headers.TryAddWithoutValidation("Referer", referrer);
        }

        if (address is not null)
        {
            request.Headers.Add(TestClientAddress.Header, address.ToString());
        }

        return request;
    }

    /// <summary>One visit; answers the status code.</summary>
    public static async Task<HttpStatusCode> VisitAsync(this HttpClient http, string hash, string? userAgent = null, string? referrer = null, IPAddress? address = null)
    {
        using var request = Request(hash, userAgent, referrer, address);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary><paramref name="count"/> visits, <paramref name="parallelism"/> at a time, each of which must redirect.</summary>
    public static Task VisitManyAsync(this HttpClient http, string hash, int count, int parallelism = 32) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (_, cancellationToken) =>
            {
                using var response = await http.GetAsync(PathOf(hash), cancellationToken);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            });
}
