using System.Text.Json;
using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.ShortLinks.Wire;

/// <summary>
/// Reads <c>clickIntervals</c>, two parallel arrays <c>{"intervals": [Unix ms…], "clicksCount": [n…]}</c>,
/// as one list of buckets; <c>null</c> reads as none. Arrays of different lengths are an error, not a guess.
/// </summary>
internal sealed class ClickIntervalsConverter : JsonConverter<IReadOnlyList<ClickInterval>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<ClickInterval> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected clickIntervals as an object, found {reader.TokenType}.");
        }

        List<long> starts = [];
        List<long> counts = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "intervals", StringComparison.OrdinalIgnoreCase))
            {
                starts = ReadNumbers(ref reader);
            }
            else if (string.Equals(name, "clicksCount", StringComparison.OrdinalIgnoreCase))
            {
                counts = ReadNumbers(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (starts.Count != counts.Count)
        {
            throw new JsonException($"clickIntervals has {starts.Count} intervals but {counts.Count} counts.");
        }

        return starts.Zip(counts, (start, count) => new ClickInterval(UnixMillisecondsConverter.FromMilliseconds(start), count)).ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ClickInterval> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("intervals");
        foreach (var interval in value)
        {
            writer.WriteNumberValue(interval.Start.ToUnixTimeMilliseconds());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("clicksCount");
        foreach (var interval in value)
        {
            writer.WriteNumberValue(interval.Count);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<long> ReadNumbers(ref Utf8JsonReader reader)
    {
        List<long> numbers = [];
        if (reader.TokenType == JsonTokenType.Null)
        {
            return numbers;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of numbers, found {reader.TokenType}.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            numbers.Add(LooseInteger.Read<long>(ref reader) ?? throw new JsonException("Expected a number, found an empty string."));
        }

        return numbers;
    }
}
