using System.Globalization;
using System.Text.Json;
using Kelas.Core.Text;
using Microsoft.AspNetCore.Http;

namespace Kelas.Shad.Wire;

/// <summary>
/// The login body, read as the original's ASP.NET service reads it: JSON, property names in any casing,
/// <c>landingId</c> as a number or a numeric string.
/// </summary>
internal sealed record LoginRequest(long LandingId, string Username, string Password)
{
    public static async Task<LoginRequest?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            long? landingId = null;
            string? username = null;
            string? password = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "landingId", StringComparison.OrdinalIgnoreCase))
                {
                    landingId = ReadNumber(property.Value);
                }
                else if (string.Equals(property.Name, "username", StringComparison.OrdinalIgnoreCase))
                {
                    username = ReadText(property.Value);
                }
                else if (string.Equals(property.Name, "password", StringComparison.OrdinalIgnoreCase))
                {
                    password = ReadText(property.Value);
                }
            }

            return landingId is > 0 && !string.IsNullOrEmpty(username) && !string.IsNullOrEmpty(password)
                ? new LoginRequest(landingId.Value, username, password)
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with invalid UTF-8 or a lone surrogate (\ud800), found when it is read.
            return null;
        }
    }

    public static long? ParseNumber(string? text) =>
        text is not null && long.TryParse(PersianDigits.ToLatin(text.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? ReadNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt64(out var number) ? number : null,
        JsonValueKind.String => ParseNumber(value.GetString()),
        _ => null,
    };

    private static string? ReadText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
