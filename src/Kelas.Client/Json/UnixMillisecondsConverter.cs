using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>
/// Unix milliseconds (number or numeric string) to <see cref="DateTimeOffset"/> in UTC. <c>null</c>, <c>0</c>
/// and the empty string read as <c>null</c>.
/// </summary>
internal sealed class UnixMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double milliseconds;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                milliseconds = reader.GetDouble();
                break;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out milliseconds))
                {
                    throw new JsonException($"Expected Unix milliseconds, found \"{text}\".");
                }

                break;
            default:
                throw new JsonException($"Expected Unix milliseconds, found {reader.TokenType}.");
        }

        return milliseconds == 0 ? null : FromMilliseconds((long)milliseconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value.ToUnixTimeMilliseconds());
        }
    }

    public static DateTimeOffset FromMilliseconds(long milliseconds) =>
        milliseconds is < -62_135_596_800_000 or > 253_402_300_799_999
            ? throw new JsonException($"Unix milliseconds {milliseconds} are out of range.")
            : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
