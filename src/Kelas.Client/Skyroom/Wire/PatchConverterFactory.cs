using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kelas.Client.Skyroom.Wire;

/// <summary>Writes a <see cref="Patch{T}"/> as its value or <c>null</c>; the property must be ignored when unchanged.</summary>
internal sealed class PatchConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Patch<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(PatchConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()));

    private sealed class PatchConverter<T> : JsonConverter<Patch<T>>
        where T : struct
    {
        public override Patch<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Patch<T>.Set(JsonSerializer.Deserialize(ref reader, ValueType(options)));

        public override void Write(Utf8JsonWriter writer, Patch<T> value, JsonSerializerOptions options)
        {
            // Writing "unchanged" as null would silently remove a limit: refuse rather than guess.
            if (!value.IsSpecified)
            {
                throw new InvalidOperationException("An unchanged Patch must be left out: mark the property WhenWritingDefault.");
            }

            JsonSerializer.Serialize(writer, value.Value, ValueType(options));
        }

        // Through T? so that DateTimeOffset goes through the context's Unix-seconds converter.
        private static JsonTypeInfo<T?> ValueType(JsonSerializerOptions options) => (JsonTypeInfo<T?>)options.GetTypeInfo(typeof(T?));
    }
}
