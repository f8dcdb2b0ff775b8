using Kelas.Client.Skyroom;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Support;

internal static class SkyroomTestClient
{
    public static readonly Uri Endpoint = new("http://kelas.test/");

    /// <summary>A fresh 50-character key, so that each test has its own rate limiter.</summary>
    public static string NewApiKey() => "apikey-71-819540-" + Guid.NewGuid().ToString("N") + "f";

    public static SkyroomClientOptions Options(string? apiKey = null, TimeProvider? timeProvider = null) => new()
    {
        Endpoint = Endpoint,
        ApiKey = apiKey ?? NewApiKey(),
        TimeProvider = timeProvider ?? new InstantTimeProvider(),
    };

    public static SkyroomClient Create(StubHttpHandler handler, SkyroomClientOptions? options = null, ILogger? logger = null) =>
        new(new HttpClient(handler), options ?? Options(), logger);
}
