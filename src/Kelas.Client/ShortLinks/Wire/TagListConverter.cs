using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.ShortLinks.Wire;

/// <summary>Reads tags from the wire's separated string (or, tolerantly, an array of strings); <c>null</c> reads as none.</summary>
internal sealed class TagListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String:
                return ShortLinkTags.Split(reader.GetString()!);
            case JsonTokenType.StartArray:
                var tags = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException($"Expected a tag, found {reader.TokenType}.");
                    }

                    tags.AddRange(ShortLinkTags.Split(reader.GetString()!));
                }

                return tags;
            default:
                throw new JsonException($"Expected tags, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.Join(',', value));
}
