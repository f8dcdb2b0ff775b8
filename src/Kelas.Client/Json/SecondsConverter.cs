using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>A <see cref="TimeSpan"/> on the wire as whole seconds, rounded up so a lifetime is never shortened.</summary>
internal sealed class SecondsConverter : JsonConverter<TimeSpan>
{
    public static long ToSeconds(TimeSpan value) => (long)Math.Ceiling(value.TotalSeconds);

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => TimeSpan.FromSeconds(reader.GetDouble()),
        JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
        _ => throw new JsonException($"Expected a number of seconds, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToSeconds(value));
}
