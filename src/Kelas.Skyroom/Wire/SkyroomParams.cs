using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kelas.Core.Text;

namespace Kelas.Skyroom.Wire;

/// <summary>
/// The <c>params</c> object, read the way real clients send it: ids and numbers as ints or numeric strings,
/// booleans as true/false, 0/1 or "0"/"1", <c>null</c> meaning "not set". Every reader throws
/// <see cref="SkyroomFailure"/> with the parameter's own message when a value is present but unusable.
/// </summary>
internal sealed class SkyroomParams(JsonObject values)
{
    public static SkyroomParams Empty => new(new JsonObject());

    public JsonObject Values { get; } = values;

    /// <summary>True when the parameter is present, even as <c>null</c> (updates use it to clear a limit).</summary>
    public bool Has(string name) => Values.ContainsKey(name);

    public bool HasValue(string name) => Values.TryGetPropertyValue(name, out var node) && node is not null;

    public long RequiredId(string name) => OptionalLong(name, 1) ?? throw SkyroomError.InvalidParam(name).ToException();

    public long? OptionalLong(string name, long min = 0, long max = long.MaxValue) =>
        Values.TryGetPropertyValue(name, out var node) ? ReadLong(node, name, min, max) : null;

    public int? OptionalInt(string name, int min = 0, int max = int.MaxValue) => (int?)OptionalLong(name, min, max);

    public bool? OptionalBool(string name)
    {
        if (!Values.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return LooseJson.TryGetBool(node, out var value) ? value : throw SkyroomError.InvalidParam(name).ToException();
    }

    /// <summary>A string parameter; numbers are accepted as their text (<c>password: 10</c>).</summary>
    public string? OptionalString(string name, int maxLength, bool trim = true)
    {
        if (!Values.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        // NUL is refused everywhere: PostgreSQL cannot store it in text, SQLite can, and answers must not depend on the database.
        if (!LooseJson.TryGetString(node, out var text) || text.Contains('\0'))
        {
            throw SkyroomError.InvalidParam(name).ToException();
        }

        if (trim)
        {
            text = text.Trim();
        }

        // Limits count characters as the live service's database does: an emoji is one, not two UTF-16 units.
        return text.Length > maxLength && text.EnumerateRunes().Count() > maxLength
            ? throw SkyroomError.InvalidParam(name).ToException()
            : text;
    }

    public string RequiredString(string name, int maxLength, bool trim = true)
    {
        var text = OptionalString(name, maxLength, trim);
        return string.IsNullOrEmpty(text) ? throw SkyroomError.InvalidParam(name).ToException() : text;
    }

    /// <summary>An array parameter; PHP clients that encode a list as an object with numeric keys are accepted too.</summary>
    public IReadOnlyList<JsonNode?> RequiredArray(string name, int maxItems)
    {
        Values.TryGetPropertyValue(name, out var node);
        var items = node switch
        {
            JsonArray array => array.ToList(),
            JsonObject obj => obj.Select(p => p.Value).ToList(),
            JsonValue value when value.GetValueKind() == JsonValueKind.String && LooseJson.TryParseArrayString(value.GetValue<string>(), out var parsed) => parsed,
            _ => null,
        };
        return items is null || items.Count == 0 || items.Count > maxItems ? throw SkyroomError.InvalidParam(name).ToException() : items;
    }

    public static long? ReadLong(JsonNode? node, string name, long min = 0, long max = long.MaxValue)
    {
        if (node is null)
        {
            return null;
        }

        return LooseJson.TryGetLong(node, out var value) && value >= min && value <= max
            ? value
            : throw SkyroomError.InvalidParam(name).ToException();
    }

    /// <summary>Reads a child object of an array parameter (e.g. one entry of <c>users</c>).</summary>
    public static SkyroomParams ItemObject(JsonNode? node, string arrayName) =>
        node as JsonObject is { } obj ? new SkyroomParams(obj) : throw SkyroomError.InvalidParam(arrayName).ToException();

    public override string ToString() => Values.ToJsonString();
}

internal static class LooseJson
{
    public static bool TryGetLong(JsonNode node, out long value)
    {
        value = 0;
        if (node is not JsonValue json)
        {
            return false;
        }

        switch (json.GetValueKind())
        {
            case JsonValueKind.Number:
                if (json.TryGetValue(out long integer))
                {
                    value = integer;
                    return true;
                }

                if (json.TryGetValue(out double real) && real == Math.Floor(real) && Math.Abs(real) < 9e15)
                {
                    value = (long)real;
                    return true;
                }

                return false;
            case JsonValueKind.String:
                // Portals fed by Persian keyboards send ids as «۱۲»: read Persian and Arabic-Indic digits too.
                var text = PersianDigits.ToLatin(json.GetValue<string>().Trim());
                return text.Length is > 0 and <= 19
                    && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    public static bool TryGetBool(JsonNode node, out bool value)
    {
        value = false;
        if (node is not JsonValue json)
        {
            return false;
        }

        switch (json.GetValueKind())
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number when TryGetLong(json, out var number) && number is 0 or 1:
                value = number == 1;
                return true;
            case JsonValueKind.String:
                switch (json.GetValue<string>().Trim().ToLowerInvariant())
                {
                    case "1" or "true":
                        value = true;
                        return true;
                    case "0" or "false" or "":
                        return true;
                }

                return false;
            default:
                return false;
        }
    }

    public static bool TryGetString(JsonNode node, out string value)
    {
        value = string.Empty;
        if (node is not JsonValue json)
        {
            return false;
        }

        switch (json.GetValueKind())
        {
            case JsonValueKind.String:
                value = json.GetValue<string>();
                return true;
            case JsonValueKind.Number:
                // 5.0 is the id 5, as PHP's (string) cast of a whole float would have it.
                value = TryGetLong(json, out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : json.ToJsonString();
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseArrayString(string text, out List<JsonNode?> items)
    {
        items = [];
        try
        {
            if (JsonNode.Parse(text) is JsonArray array)
            {
                items = array.ToList();
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
