using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Kelas.Skyroom.Wire;

/// <summary>
/// Turns every body shape real clients send into an action and its params: JSON (with <c>params</c> as an
/// object, <c>[]</c>, absent or a JSON string), form-urlencoded and multipart (with <c>params</c> as a JSON
/// string, or PHP-style <c>params[room_id]=1</c> fields).
/// </summary>
internal static class SkyroomRequestReader
{
    // Duplicate names are refused as malformed; left allowed, JsonObject would throw on first access in a handler.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    public static async Task<SkyroomRequest> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw SkyroomError.BodyTooLarge.ToException();
        }

        var body = await ReadBoundedAsync(request.Body, maxBodyBytes, cancellationToken);
        var contentType = request.ContentType ?? string.Empty;
        if (contentType.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return FromFields(await ReadMultipartAsync(body, contentType, cancellationToken));
        }

        if (LooksLikeJson(body.Span))
        {
            return FromJson(body);
        }

        return FromFields(ReadUrlEncoded(body.Span));
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream body, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBodyBytes)
            {
                throw SkyroomError.BodyTooLarge.ToException();
            }
        }
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith("\uFEFF"u8))
        {
            trimmed = trimmed[3..].TrimStart(" \t\r\n"u8);
        }

        return trimmed.Length > 0 && (trimmed[0] == (byte)'{' || trimmed[0] == (byte)'[' || trimmed[0] == (byte)'"');
    }

    private static SkyroomRequest FromJson(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var root = ParseStrict(() => JsonNode.Parse(body.Span, NodeOptions, DocumentOptions), SkyroomError.InvalidRequest);
        if (root is not JsonObject envelope)
        {
            throw SkyroomError.InvalidRequest.ToException();
        }

        envelope.TryGetPropertyValue("action", out var actionNode);
        var action = actionNode is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        envelope.TryGetPropertyValue("params", out var paramsNode);
        return new SkyroomRequest(RequireAction(action), ParamsFrom(paramsNode));
    }

    private static SkyroomParams ParamsFrom(JsonNode? node) => node switch
    {
        null => SkyroomParams.Empty,
        JsonObject obj => new SkyroomParams(obj),
        JsonArray array when array.Count == 0 => SkyroomParams.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => ParamsFromString(value.GetValue<string>()),
        _ => throw SkyroomError.InvalidParam("params").ToException(),
    };

    private static SkyroomParams ParamsFromString(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SkyroomParams.Empty;
        }

        var parsed = ParseStrict(() => JsonNode.Parse(text, NodeOptions, DocumentOptions), SkyroomError.InvalidParam("params"));
        return parsed is JsonValue ? throw SkyroomError.InvalidParam("params").ToException() : ParamsFrom(parsed);
    }

    /// <summary>Parses JSON text; anything malformed, including unreadable strings, becomes <paramref name="onMalformed"/>.</summary>
    private static JsonNode? ParseStrict(Func<JsonNode?> parse, SkyroomError onMalformed)
    {
        try
        {
            var node = parse();
            EnsureReadableText(node);
            return node;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw onMalformed.ToException();
        }
    }

    /// <summary>
    /// Reads every name and string once, so that text which is not valid UTF-8 or holds a lone surrogate (refused by
    /// PHP's json_decode too) fails here as a malformed body, not later inside a handler.
    /// </summary>
    private static void EnsureReadableText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    EnsureReadableText(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    EnsureReadableText(child);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _ = value.GetValue<string>();
                break;
        }
    }

    private static string RequireAction(string? action) =>
        string.IsNullOrWhiteSpace(action) || action.Length > 64 ? throw SkyroomError.InvalidRequest.ToException() : action;

    private static IEnumerable<KeyValuePair<string, string>> ReadUrlEncoded(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        return QueryHelpers.ParseQuery(text.StartsWith('?') ? text : "?" + text)
            .SelectMany(pair => pair.Value.Select(v => new KeyValuePair<string, string>(pair.Key, v ?? string.Empty)));
    }

    private static async Task<List<KeyValuePair<string, string>>> ReadMultipartAsync(
        ReadOnlyMemory<byte> body, string contentType, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw SkyroomError.InvalidRequest.ToException();
        }

        var fields = new List<KeyValuePair<string, string>>();
        var reader = new MultipartReader(boundary, new MemoryStream(body.ToArray(), writable: false));
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    continue;
                }

                using var streamReader = new StreamReader(section.Body, Encoding.UTF8);
                fields.Add(new(name, await streamReader.ReadToEndAsync(cancellationToken)));
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            // InvalidDataException: a part over the reader's header count or length limits.
            throw SkyroomError.InvalidRequest.ToException();
        }

        return fields;
    }

    private static SkyroomRequest FromFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        string? action = null;
        string? paramsText = null;
        var bracketed = new JsonObject();
        foreach (var (key, value) in fields)
        {
            if (key == "action")
            {
                action = value;
            }
            else if (key == "params")
            {
                paramsText = value;
            }
            else if (key.StartsWith("params[", StringComparison.Ordinal))
            {
                PhpFormFields.Add(bracketed, key["params".Length..], value);
            }
        }

        var parameters = paramsText is not null ? ParamsFromString(paramsText) : new SkyroomParams(bracketed);
        return new SkyroomRequest(RequireAction(action), parameters);
    }
}
