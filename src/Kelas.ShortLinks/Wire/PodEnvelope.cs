using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kelas.ShortLinks.Wire;

/// <summary>
/// Writes the POD gateway envelope. Always HTTP 200; <c>result.result</c> is the service's answer as a JSON
/// <em>string</em>, and <c>result.statusCode</c> mirrors the inner code.
/// </summary>
internal static class PodEnvelope
{
    public const string ContentType = "application/json; charset=utf-8";

    // Persian stays readable and the inner string reads as POD's does (\" rather than \u0022); the answer is
    // always application/json, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Success(Action<Utf8JsonWriter> writeResult) =>
        Service(200, error: false, "", writeResult);

    public static IResult Failure(ShortLinkError error, string? parameter) =>
        Service(error.Code, error: true, error.Message(parameter), writeResult: null);

    public static IResult Gateway(GatewayError error) => Envelope(hasError: true, error.Code, error.Message, writer =>
        writer.WriteNull("result"));

    private static IResult Service(int code, bool error, string message, Action<Utf8JsonWriter>? writeResult)
    {
        var inner = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(inner, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("error", error);
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WritePropertyName("result");
            if (writeResult is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeResult(writer);
            }

            writer.WriteEndObject();
        }

        return Envelope(hasError: false, errorCode: 0, message: "", writer =>
        {
            writer.WriteStartObject("result");
            writer.WriteString("result", inner.WrittenSpan);
            writer.WriteStartObject("header");
            writer.WriteEndObject();
            writer.WriteNumber("statusCode", code);
            writer.WriteEndObject();
        });
    }

    private static IResult Envelope(bool hasError, int errorCode, string message, Action<Utf8JsonWriter> writeResult)
    {
        var output = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("hasError", hasError);
            writer.WriteNumber("messageId", 0);
            writer.WriteString("referenceNumber", Guid.NewGuid().ToString("N"));
            writer.WriteNumber("errorCode", errorCode);
            writer.WriteString("message", message);
            writer.WriteNumber("count", 0);
            writer.WriteString("ott", "");
            writeResult(writer);
            writer.WriteEndObject();
        }

        return Results.Bytes(output.WrittenMemory.ToArray(), ContentType);
    }
}
