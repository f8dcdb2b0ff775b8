using System.Globalization;
using Kelas.Core.Text;

namespace Kelas.Skyroom.Entry;

/// <summary>The language of a room's pages: Persian (right to left, the default) or English. Any other code reads as English.</summary>
internal readonly record struct EntryLanguage(string Code)
{
    public static readonly EntryLanguage Persian = new("fa");

    public static readonly EntryLanguage English = new("en");

    public bool IsPersian => Code == "fa";

    public string Direction => IsPersian ? "rtl" : "ltr";

    /// <summary><c>fa</c> (or nothing) is Persian; anything else, English.</summary>
    public static EntryLanguage Parse(string? code) =>
        string.IsNullOrEmpty(code) || string.Equals(code, "fa", StringComparison.OrdinalIgnoreCase) ? Persian : English;

    /// <summary>A number in the language's digits.</summary>
    public string Number(long value)
    {
        var latin = value.ToString(CultureInfo.InvariantCulture);
        return IsPersian ? PersianDigits.ToPersian(latin) : latin;
    }
}
