using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>Reads an integer-valued enum from a number or numeric string (unknown values are kept); writes the number.</summary>
internal sealed class LooseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long value = reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetInt64(),
            JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new JsonException($"Expected a {typeof(TEnum).Name} number, found {reader.TokenType}."),
        };
        return (TEnum)Enum.ToObject(typeof(TEnum), value);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
}
