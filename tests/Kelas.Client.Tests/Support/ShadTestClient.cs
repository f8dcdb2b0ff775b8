using System.Buffers.Text;
using System.Net;
using System.Text;
using Kelas.Client.Shad;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Support;

/// <summary>Shad clients over a stub handler, and the answers the real service gives.</summary>
internal static class ShadTestClient
{
    public const string HashedId = "C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E";

    public const string VerifiedUser = """
        {"id":516222,"nationalId":null,"hashedId":"C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E","name":"رونيكا","family":"نادم كچائي","event":null,"provinceName":"گیلان","mobile":"989226670378","courseStudy":"دوره ابتدایی توصیفی","districtName":"1رشت .ناحیه","fundamentalId":3,"role":"student"}
        """;

    public static ShadEventClientOptions Options(TimeProvider time) => new() { TimeProvider = time, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };

    public static ShadEventClient Create(StubHttpHandler handler, ShadEventClientOptions? options = null, ILogger? logger = null) =>
        new(() => new HttpClient(handler), new Uri("https://shad.example/"), new ShadEventCredentials(1001, "org", "pass-word", "key-123"),
            options ?? Options(new InstantTimeProvider()), logger);

    /// <summary>A JWT-shaped token whose payload carries <c>exp</c> (the signature is not the client's business).</summary>
    public static string Jwt(DateTimeOffset expires, string id = "t") =>
        "eyJhbGciOiJIUzI1NiJ9." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"exp":{{expires.ToUnixTimeSeconds()}},"jti":"{{id}}"}""")) + ".c2ln";

    public static HttpResponseMessage Login(string token) =>
        StubHttpHandler.Envelope($$"""{"data":"{{token}}","success":true,"statusCode":"OK","code":200,"description":"با موفقیت انجام شد"}""");

    public static HttpResponseMessage User(string userJson = VerifiedUser) =>
        StubHttpHandler.Envelope($$"""{"data":{{userJson}},"success":true,"statusCode":200,"code":200,"description":"با موفقیت انجام شد"}""");

    public static HttpResponseMessage Failure(HttpStatusCode status, string description) =>
        StubHttpHandler.Envelope($$"""{"data":null,"success":false,"statusCode":{{(int)status}},"code":{{(int)status}},"description":"{{description}}"}""", status);

    public static bool IsLogin(RecordedRequest request) => request.Uri.AbsolutePath.EndsWith("/Account/login", StringComparison.OrdinalIgnoreCase);
}
