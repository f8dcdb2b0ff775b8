using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Client.Shad.Wire;

/// <summary>The envelope's fields the client reads; <c>statusCode</c> (a string or a number) is not one of them.</summary>
internal sealed record LoginAnswer(string? Data, bool Success, string? Description);

internal sealed record UserAnswer(ShadUserInfo? Data, bool Success, string? Description);

internal sealed record ErrorAnswer(string? Description);

internal sealed record TokenClaims(long? Exp);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(LoginAnswer))]
[JsonSerializable(typeof(UserAnswer))]
[JsonSerializable(typeof(ErrorAnswer))]
[JsonSerializable(typeof(TokenClaims))]
[JsonSerializable(typeof(string))]
internal sealed partial class ShadJsonContext : JsonSerializerContext;
