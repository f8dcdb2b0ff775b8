using System.Text.Json;
using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.ShortLinks.Wire;

/// <summary>
/// Source-generated metadata for the inner results of the POD short-link services. Reading is tolerant: names
/// match case-insensitively (<c>hashURL</c>, <c>hashUrl</c>), numbers and booleans may come as strings, times are
/// Unix milliseconds in either form, URLs are trimmed, tags are a separated string; unknown fields are ignored.
/// </summary>
/// <remarks>
/// The generated code sets every init-only property, absent ones to <c>null</c>, whatever their initializer says;
/// so the models' non-nullable strings and lists turn <c>null</c> into empty in their <c>init</c> accessors.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(LooseBooleanConverter),
        typeof(LooseIntegerConverter<int>),
        typeof(LooseIntegerConverter<long>),
        typeof(LooseNullableIntegerConverter<int>),
        typeof(LooseStringConverter),
        typeof(UnixMillisecondsConverter),
        typeof(TrimmedUriConverter),
        typeof(NamedEnumConverter<ShortLinkKind>),
        typeof(NullableNamedEnumConverter<HashGeneratedMethod>),
        typeof(TagListConverter),
        typeof(ClickIntervalsConverter),
    ])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ShortLink))]
[JsonSerializable(typeof(ShortLinkPage))]
[JsonSerializable(typeof(ShortLinkStatistics))]
internal sealed partial class ShortLinkJsonContext : JsonSerializerContext;
