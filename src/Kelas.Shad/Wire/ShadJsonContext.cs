using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kelas.Shad.Tokens;

namespace Kelas.Shad.Wire;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LoginEnvelope))]
[JsonSerializable(typeof(ShadEnvelope))]
[JsonSerializable(typeof(TokenPayload))]
[JsonSerializable(typeof(LaunchAnswer))]
[JsonSerializable(typeof(LaunchError))]
internal sealed partial class ShadJsonContext : JsonSerializerContext
{
    /// <summary>Persian text is written as UTF-8, as the original does, not as <c>\uXXXX</c> escapes.</summary>
    public static ShadJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
