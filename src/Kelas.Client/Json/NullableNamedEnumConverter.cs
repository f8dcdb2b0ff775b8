using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>
/// Reads an optional enum from its member name as <see cref="NamedEnumConverter{TEnum}"/> does, but <c>null</c>,
/// the empty string and unknown names read as <c>null</c>: the field is informative, not worth failing a response for.
/// </summary>
internal sealed class NullableNamedEnumConverter<TEnum> : JsonConverter<TEnum?>
    where TEnum : struct, Enum
{
    public override bool HandleNull => true;

    public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || !NamedEnum.TryParse<TEnum>(NamedEnum.ReadText<TEnum>(ref reader), out var value)
            ? null
            : value;

    public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
    {
        if (value is { } member)
        {
            writer.WriteStringValue(NamedEnum.Name(member));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
