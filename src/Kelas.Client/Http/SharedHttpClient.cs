using System.Net;

namespace Kelas.Client.Http;

/// <summary>The connection pool of clients built without an <see cref="HttpClient"/> of the caller.</summary>
internal static class SharedHttpClient
{
    public static HttpClient Instance { get; } = new(
        new SocketsHttpHandler
        {
            // Recycles connections so long-lived singletons see DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
}
