using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>
/// Reads an absolute http or https URL, trimming the stray spaces some services put around it
/// (<c>" http://tilin.ir/x"</c>); <c>null</c>, the empty string and anything else read as <c>null</c>.
/// </summary>
internal sealed class TrimmedUriConverter : JsonConverter<Uri?>
{
    public override bool HandleNull => true;

    public override Uri? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => Parse(reader.GetString()!),
            _ => throw new JsonException($"Expected a URL, found {reader.TokenType}."),
        };

    // UriKind.Absolute alone would read "/x" as a file URL on Unix.
    public static Uri? Parse(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    public override void Write(Utf8JsonWriter writer, Uri? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.OriginalString);
        }
    }
}
