using System.Collections.Specialized;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Kelas.Client.ShortLinks;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Support;

internal static class ShortLinkTestClient
{
    public static readonly Uri Endpoint = new("http://kelas.test/");

    public const string ServiceUrl = "http://kelas.test/srv/sc/nzh/doServiceCall";

    /// <summary>A fresh 32-hex-character credential, so that each test has its own rate limiter.</summary>
    public static string NewSecret() => Guid.NewGuid().ToString("N");

    public static ShortLinkClientOptions Options(TimeProvider? timeProvider = null) => new()
    {
        Endpoint = Endpoint,
        Token = NewSecret(),
        ApiKey = NewSecret(),
        TimeProvider = timeProvider ?? new InstantTimeProvider(),
    };

    public static ShortLinkClient Create(StubHttpHandler handler, ShortLinkClientOptions? options = null, ILogger? logger = null) =>
        new(new HttpClient(handler), options ?? Options(), logger);

    /// <summary>Answers every request with a successful service answer holding <paramref name="resultJson"/>.</summary>
    public static StubHttpHandler Answering(string resultJson) => new((_, _) => Task.FromResult(Success(resultJson)));

    /// <summary>The POD envelope around <c>{"error":false,"code":200,"result":resultJson}</c>, as a JSON string.</summary>
    public static HttpResponseMessage Success(string resultJson) =>
        Envelope($$"""{"error":false,"code":200,"message":"","result":{{resultJson}}}""");

    /// <summary>The POD envelope around a service failure.</summary>
    public static HttpResponseMessage ServiceError(int code, string message) =>
        Envelope($$"""{"error":true,"code":{{code}},"message":{{JsonSerializer.Serialize(message)}},"result":null}""", code);

    /// <summary>The POD envelope whose <c>result.result</c> is the string <paramref name="innerJson"/>.</summary>
    public static HttpResponseMessage Envelope(string innerJson, int statusCode = 200) =>
        StubHttpHandler.Envelope($$$"""
            {"hasError":false,"messageId":0,"referenceNumber":"3f2a9c0d","errorCode":0,"message":"","count":0,"ott":"",
             "result":{"result":{{{JsonSerializer.Serialize(innerJson)}}},"header":{},"statusCode":{{{statusCode}}}}}
            """);

    /// <summary>A gateway refusal: <c>hasError: true</c> and no result.</summary>
    public static HttpResponseMessage GatewayError(int code, string message) =>
        StubHttpHandler.Envelope($$"""
            {"hasError":true,"messageId":0,"referenceNumber":"9b1e77aa","errorCode":{{code}},"message":{{JsonSerializer.Serialize(message)}},
             "count":0,"ott":"","result":null}
            """);

    public static NameValueCollection Form(this RecordedRequest request) => HttpUtility.ParseQueryString(request.Body);

    /// <summary>The service parameters: the JSON object in the <c>body</c> form field.</summary>
    public static JsonObject BodyJson(this RecordedRequest request) => JsonNode.Parse(request.Form()["body"]!)!.AsObject();
}
