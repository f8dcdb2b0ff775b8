using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom.Wire;

/// <summary>An element of <c>createUsers</c>' result: the new id (number or numeric string) or an error message.</summary>
internal sealed class CreateUserResultConverter : JsonConverter<CreateUserResult>
{
    public override bool HandleNull => true;

    public override CreateUserResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return new CreateUserResult { UserId = reader.GetInt64() };
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? new CreateUserResult { UserId = id }
                    : new CreateUserResult { Error = text };
            default:
                using (var element = JsonDocument.ParseValue(ref reader))
                {
                    return new CreateUserResult { Error = element.RootElement.GetRawText() };
                }
        }
    }

    public override void Write(Utf8JsonWriter writer, CreateUserResult value, JsonSerializerOptions options)
    {
        if (value.UserId is { } id)
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteStringValue(value.Error);
        }
    }
}
