using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kelas.Skyroom.Wire;

/// <summary>Writes <c>{"ok":true,"result":..}</c> or <c>{"ok":false,"error_code":N,"error_message":".."}</c>, always HTTP 200.</summary>
internal static class SkyroomEnvelope
{
    private const string ContentType = "application/json; charset=utf-8";

    // Persian stays readable in the raw body (curl, logs); clients decode JSON either way.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteOkAsync(HttpResponse response, SkyroomResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var pipe = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("ok", true);
        writer.WritePropertyName("result");
        await result.WriteAsync(writer, pipe, cancellationToken);
        writer.WriteEndObject();
        writer.Flush();
        await pipe.FlushAsync(cancellationToken);
    }

    public static async Task WriteErrorAsync(HttpResponse response, SkyroomError error, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var pipe = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("ok", false);
        writer.WriteNumber("error_code", error.Code);
        writer.WriteString("error_message", error.Message);
        writer.WriteEndObject();
        writer.Flush();
        await pipe.FlushAsync(cancellationToken);
    }
}
