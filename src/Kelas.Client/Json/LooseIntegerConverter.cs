using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>Reads an integer from a number or a numeric string; the empty string reads as 0.</summary>
internal sealed class LooseIntegerConverter<T> : JsonConverter<T>
    where T : struct, IBinaryInteger<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LooseInteger.Read<T>(ref reader) ?? T.Zero;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(long.CreateChecked(value));
}

internal static class LooseInteger
{
    public static T? Read<T>(ref Utf8JsonReader reader)
        where T : struct, IBinaryInteger<T>
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.String => reader.GetString()!.Trim(),
            _ => throw new JsonException($"Expected an integer, found {reader.TokenType}."),
        };
        if (text.Length == 0)
        {
            return null;
        }

        return T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"Expected an integer, found \"{text}\".");
    }
}
