using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kelas.Skyroom.Wire;

/// <summary>Writes <c>{"ok":true,"result":..}</c> or <c>{"ok":false,"error_code":N,"error_message":".."}</c>, always HTTP 200.</summary>
internal static class SkyroomEnvelope
{
    // Persian stays readable in the raw body (curl, logs); clients decode JSON either way.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteOkAsync(HttpResponse response, SkyroomResult result, CancellationToken cancellationToken) =>
        WriteAsync(response, async (writer, pipe) =>
        {
            writer.WriteBoolean("ok", true);
            writer.WritePropertyName("result");
            await result.WriteAsync(writer, pipe, cancellationToken);
        }, cancellationToken);

    public static Task WriteErrorAsync(HttpResponse response, SkyroomError error, CancellationToken cancellationToken) =>
        WriteAsync(response, (writer, _) =>
        {
            writer.WriteBoolean("ok", false);
            writer.WriteNumber("error_code", error.Code);
            writer.WriteString("error_message", error.Message);
            return ValueTask.CompletedTask;
        }, cancellationToken);

    private static async Task WriteAsync(HttpResponse response, Func<Utf8JsonWriter, PipeWriter, ValueTask> writeMembers, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var pipe = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, WriterOptions);
        writer.WriteStartObject();
        await writeMembers(writer, pipe);
        writer.WriteEndObject();
        writer.Flush();
        await pipe.FlushAsync(cancellationToken);
    }
}
