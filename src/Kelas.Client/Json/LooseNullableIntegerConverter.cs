using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Json;

/// <summary>Reads a nullable integer from a number or a numeric string; <c>null</c> and the empty string read as <c>null</c>.</summary>
internal sealed class LooseNullableIntegerConverter<T> : JsonConverter<T?>
    where T : struct, IBinaryInteger<T>
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : LooseInteger.Read<T>(ref reader);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(long.CreateChecked(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
