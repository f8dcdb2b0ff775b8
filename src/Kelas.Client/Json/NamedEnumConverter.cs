using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>
/// Reads an enum from its member name, trimmed and compared case-insensitively (<c>"link"</c>, <c>"LINK"</c>);
/// an unknown or empty name is an error. Writes the name in camel case.
/// </summary>
internal sealed class NamedEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = NamedEnum.ReadText<TEnum>(ref reader);
        return NamedEnum.TryParse<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"Expected a {typeof(TEnum).Name} name, found \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NamedEnum.Name(value));
}

internal static class NamedEnum
{
    /// <summary>The wire name of <paramref name="value"/>: its member name in camel case (<c>CreateTime</c> → <c>createTime</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string ReadText<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!.Trim()
            : throw new JsonException($"Expected a {typeof(TEnum).Name} name, found {reader.TokenType}.");

    // Names only: Enum.TryParse would also accept "2" or "1, 2".
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }
}
