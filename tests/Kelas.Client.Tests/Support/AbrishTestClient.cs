using System.Text.Json.Nodes;
using Kelas.Client.Abrish;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Support;

internal static class AbrishTestClient
{
    public static readonly Uri Endpoint = new("http://kelas.test/");

    public const string ServiceUrl = "http://kelas.test/service.php";

    public static AbrishClientOptions Options(TimeProvider? timeProvider = null) => new()
    {
        Endpoint = Endpoint,
        RegisterName = "r-" + Guid.NewGuid().ToString("N")[..8] + "@example.com",
        ApiKey = Guid.NewGuid().ToString("N"),
        TimeProvider = timeProvider ?? new InstantTimeProvider(),
    };

    public static AbrishClient Create(StubHttpHandler handler, AbrishClientOptions? options = null, ILogger? logger = null) =>
        new(new HttpClient(handler), options ?? Options(), logger);

    public static StubHttpHandler Answering(string json) => new((_, _) => Task.FromResult(StubHttpHandler.Envelope(json)));

    /// <summary>The <c>params</c> field exactly as sent.</summary>
    public static string RawParams(this RecordedRequest request) => request.Form()["params"]!;

    public static JsonObject ParamsJson(this RecordedRequest request) => JsonNode.Parse(request.RawParams())!.AsObject();
}
