using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>Reads <c>true</c>/<c>false</c>, numbers (0 is false) and their string forms; writes JSON booleans.</summary>
internal sealed class LooseBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => reader.GetDouble() != 0,
            JsonTokenType.String => ParseString(reader.GetString()!),
            _ => throw new JsonException($"Expected a boolean, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);

    private static bool ParseString(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new JsonException($"Expected a boolean, found \"{text}\".");
    }
}
