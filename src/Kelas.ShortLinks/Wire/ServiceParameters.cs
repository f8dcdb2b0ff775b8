using System.Globalization;
using System.Text.Json;
using Kelas.Core.Text;

namespace Kelas.ShortLinks.Wire;

/// <summary>
/// A service's parameters: the plain fields, overridden key by key by the JSON object in <c>body</c>.
/// Readers are loose about types, as POD's clients are (<c>"10"</c> and <c>10</c>, <c>"true"</c> and <c>1</c>),
/// and throw <see cref="ShortLinkFailure"/> 116 naming the parameter for anything else.
/// </summary>
internal sealed class ServiceParameters
{
    private static readonly HashSet<string> CredentialFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "_token_", "_token_issuer_", "scProductId", "scApiKey", "body",
    };

    private static readonly char[] TagSeparators = [',', '،'];

    private readonly Dictionary<string, List<string>> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> body = new(StringComparer.Ordinal);

    private ServiceParameters()
    {
    }

    public static ServiceParameters From(GatewayFields gateway)
    {
        var parameters = new ServiceParameters();
        foreach (var name in gateway.Names)
        {
            if (CredentialFields.Contains(name))
            {
                continue;
            }

            var key = name.EndsWith("[]", StringComparison.Ordinal) ? name[..^2] : name;
            if (!parameters.fields.TryGetValue(key, out var list))
            {
                parameters.fields[key] = list = [];
            }

            list.AddRange(gateway.All(name));
        }

        var bodyText = gateway.First("body");
        if (!string.IsNullOrWhiteSpace(bodyText))
        {
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(bodyText);
                root = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw ShortLinkFailure.Invalid("body");
            }

            if (root.ValueKind != JsonValueKind.Object || !IsReadableText(root))
            {
                throw ShortLinkFailure.Invalid("body");
            }

            foreach (var property in root.EnumerateObject())
            {
                parameters.body[property.Name] = property.Value;
            }
        }

        return parameters;
    }

    /// <summary>False when a string or a name holds invalid UTF-8 or a lone surrogate (<c>\ud800</c>), which cannot be read.</summary>
    private static bool IsReadableText(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Object => element.EnumerateObject().All(p => p.Name is not null && IsReadableText(p.Value)),
                JsonValueKind.Array => element.EnumerateArray().All(IsReadableText),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A text parameter; null when absent or JSON null.</summary>
    public string? Text(string name)
    {
        if (body.TryGetValue(name, out var value))
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => throw ShortLinkFailure.Invalid(name),
            };
        }

        return fields.TryGetValue(name, out var list) ? list[0] : null;
    }

    /// <summary>A whole number, with Persian or Arabic-Indic digits read as Latin; null when absent or blank.</summary>
    public long? Integer(string name)
    {
        var text = Text(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var latin = PersianDigits.ToLatin(text.Trim());
        if (long.TryParse(latin, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (double.TryParse(latin, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && real == Math.Floor(real) && Math.Abs(real) < 9e15)
        {
            return (long)real;
        }

        throw ShortLinkFailure.Invalid(name);
    }

    public bool? Boolean(string name)
    {
        var text = Text(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw ShortLinkFailure.Invalid(name),
        };
    }

    /// <summary>A list of tags from <c>"a,b"</c> (Latin or Persian comma), a JSON array, <c>x[]</c> or repeated fields.</summary>
    public IReadOnlyList<string>? Tags(string name)
    {
        IEnumerable<string> raw;
        if (body.TryGetValue(name, out var value))
        {
            raw = value.ValueKind switch
            {
                JsonValueKind.Null => [],
                JsonValueKind.String => [value.GetString()!],
                JsonValueKind.Array => value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
                    ? item.GetString()!
                    : throw ShortLinkFailure.Invalid(name)),
                _ => throw ShortLinkFailure.Invalid(name),
            };
        }
        else if (fields.TryGetValue(name, out var list))
        {
            raw = list;
        }
        else
        {
            return null;
        }

        return raw
            .SelectMany(item => item.Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
