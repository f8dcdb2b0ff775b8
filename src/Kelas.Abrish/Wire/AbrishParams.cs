using System.Globalization;
using System.Text.Json;
using Kelas.Core.Text;

namespace Kelas.Abrish.Wire;

/// <summary>
/// The decoded <c>params</c> object. PHP clients send numbers as numbers or as strings (<c>"id":"12"</c>), so every
/// reader accepts both, with Persian digits too.
/// </summary>
internal sealed class AbrishParams
{
    private readonly JsonElement root;

    private AbrishParams(JsonElement root) => this.root = root;

    public static AbrishParams? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && IsStorableText(document.RootElement)
                ? new AbrishParams(document.RootElement.Clone())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// False when a string or a name holds a lone surrogate (<c>\ud800</c>), invalid UTF-8 or a NUL character: such text
    /// cannot be read back (reading it throws) or stored (PostgreSQL refuses NUL), so the whole params are invalid.
    /// </summary>
    private static bool IsStorableText(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => !element.GetString()!.Contains('\0', StringComparison.Ordinal),
                JsonValueKind.Object => element.EnumerateObject().All(p => !p.Name.Contains('\0', StringComparison.Ordinal) && IsStorableText(p.Value)),
                JsonValueKind.Array => element.EnumerateArray().All(IsStorableText),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>True when the value is an object or an array: no field of the API takes one, so it is refused, never read as absent.</summary>
    public bool IsComposite(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    public bool Has(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The value as text: strings as they are, numbers and booleans in their JSON spelling, null or absent as null.</summary>
    public string? Text(string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "1",
            JsonValueKind.False => "0",
            _ => null,
        };
    }

    public bool TryLong(string name, out long result)
    {
        result = 0;
        var text = Text(name);
        if (text is null)
        {
            return false;
        }

        text = PersianDigits.ToLatin(text.Trim());
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
        {
            return true;
        }

        // 12.0 from a client that keeps numbers as floats.
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            result = (long)number;
            return true;
        }

        return false;
    }
}
