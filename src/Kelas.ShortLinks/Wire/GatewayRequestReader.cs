using System.Text.Json;
using Kelas.Core.Http;
using Microsoft.AspNetCore.Http;

namespace Kelas.ShortLinks.Wire;

/// <summary>
/// Reads a gateway call's fields: the query string, then a urlencoded or multipart form, or a JSON object body.
/// Returns null when the body is over the cap or cannot be read (gateway error 24).
/// </summary>
internal static class GatewayRequestReader
{
    public static async Task<GatewayFields?> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        var fields = new GatewayFields();
        if (!BoundedRequests.LimitBody(request, maxBodyBytes))
        {
            return null;
        }

        try
        {
            if (request.HasFormContentType)
            {
                if (await BoundedRequests.ReadFormAsync(request, maxBodyBytes, maxValues: 10_000, cancellationToken) is not { } form)
                {
                    return null;
                }

                foreach (var (name, values) in form)
                {
                    foreach (var value in values)
                    {
                        fields.Add(name, value ?? "");
                    }
                }
            }
            else if (request.ContentType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                if (!await ReadJsonObjectAsync(request, maxBodyBytes, fields, cancellationToken))
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException or IOException or JsonException
            or InvalidOperationException)
        {
            return null;
        }

        foreach (var (name, values) in request.Query)
        {
            foreach (var value in values)
            {
                fields.Add(name, value ?? "");
            }
        }

        return fields;
    }

    private static async Task<bool> ReadJsonObjectAsync(HttpRequest request, int maxBodyBytes, GatewayFields fields, CancellationToken cancellationToken)
    {
        // Read at most one byte over the cap: a chunked body has no Content-Length to refuse it by.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return true;
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    fields.Add(property.Name, AsText(item));
                }
            }
            else
            {
                fields.Add(property.Name, AsText(property.Value));
            }
        }

        return true;
    }

    // GetString throws InvalidOperationException for invalid UTF-8 or a lone surrogate (\ud800): the request is unreadable (24).
    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
