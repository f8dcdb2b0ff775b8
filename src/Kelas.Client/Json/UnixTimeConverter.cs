using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>
/// Unix seconds (number or numeric string) to <see cref="DateTimeOffset"/> in UTC. <c>null</c>, <c>0</c> and
/// the empty string read as <c>null</c>: PHP services write 0 for "never set".
/// </summary>
internal sealed class UnixTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double seconds;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                seconds = reader.GetDouble();
                break;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
                {
                    throw new JsonException($"Expected Unix seconds, found \"{text}\".");
                }

                break;
            default:
                throw new JsonException($"Expected Unix seconds, found {reader.TokenType}.");
        }

        return seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds((long)seconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value.ToUnixTimeSeconds());
        }
    }
}
