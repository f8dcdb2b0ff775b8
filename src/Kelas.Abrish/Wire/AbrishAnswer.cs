using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Kelas.Abrish.Wire;

/// <summary>Every answer is JSON with HTTP 200; a failure is <c>{"error":"…"}</c>.</summary>
internal static class AbrishAnswer
{
    public const string ContentType = "application/json; charset=utf-8";

    // Persian stays readable (PHP's json_decode reads it either way); the answer is never embedded in HTML.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Error(string message) => Json(new ErrorAnswer(message));

    public static IResult Success(string message) => Json(new SuccessAnswer(message));

    public static IResult Json<T>(T value) => Results.Text(JsonSerializer.Serialize(value, JsonOptions), ContentType, statusCode: StatusCodes.Status200OK);

    private sealed record ErrorAnswer([property: JsonPropertyName("error")] string Error);

    private sealed record SuccessAnswer([property: JsonPropertyName("success")] string Success);
}
