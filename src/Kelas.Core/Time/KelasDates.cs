using System.Globalization;
using Kelas.Core.Text;

namespace Kelas.Core.Time;

/// <summary>
/// Dates typed by operators: Unix seconds, ISO 8601 (UTC unless an offset is given), or Solar Hijri
/// <c>yyyy/mm/dd</c> (the calendar Persian-speaking operators use; midnight Tehran time).
/// </summary>
public static class KelasDates
{
    private static readonly PersianCalendar Persian = new();

    /// <summary>Iran's offset from UTC; fixed since Iran stopped observing daylight saving time in 2022.</summary>
    public static readonly TimeSpan TehranOffset = TimeSpan.FromHours(3.5);

    private static readonly PersianCalendar SolarCalendar = new();

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = PersianDigits.ToLatin(text.Trim());
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            if (unix > 253402300799)
            {
                return false;
            }

            value = DateTimeOffset.FromUnixTimeSeconds(unix);
            return true;
        }

        // A slashed date with a year before 1700 is Solar Hijri, and only Solar Hijri: 1402/12/30 does not exist
        // and must not be read as a Gregorian date in the year 1402.
        if (text.Count(c => c == '/') == 2 && int.TryParse(text.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year < 1700)
        {
            return TryParseSolarHijri(text, out value);
        }

        return DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>
    /// A whole calendar day typed by an operator, as the instant it starts in Tehran: Gregorian <c>2026-11-22</c>
    /// (or <c>2026/11/22</c>), or Solar Hijri <c>1405/09/01</c> (or <c>1405-09-01</c>): a year before 1700 is
    /// Solar Hijri. Persian and Arabic-Indic digits are read too. False for days that do not exist.
    /// </summary>
    public static bool TryParseTehranDay(string? text, out DateTimeOffset startOfDay)
    {
        startOfDay = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = PersianDigits.ToLatin(text.Trim()).Split(text.Contains('/') ? '/' : '-');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (year < 1700)
        {
            return TryParseSolarHijri(string.Join('/', parts), out startOfDay);
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        startOfDay = new DateTimeOffset(year, month, day, 0, 0, 0, TehranOffset).ToUniversalTime();
        return true;
    }

    /// <summary>Unix seconds as Tehran's local time.</summary>
    public static DateTimeOffset ToTehran(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToOffset(TehranOffset);

    /// <summary>A date as Solar Hijri <c>yyyy/mm/dd</c> (zero-padded, Latin digits).</summary>
    public static string FormatSolarHijri(DateTime date) => string.Create(
        CultureInfo.InvariantCulture,
        $"{SolarCalendar.GetYear(date):D4}/{SolarCalendar.GetMonth(date):D2}/{SolarCalendar.GetDayOfMonth(date):D2}");

    /// <summary>Unix seconds as ISO 8601 in Tehran time with its offset: <c>2026-11-22T14:30:00+03:30</c>.</summary>
    public static string ToTehranIso(long unixSeconds) =>
        ToTehran(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy/mm/dd</c> in the Solar Hijri calendar; false for dates that do not exist (1402/12/30).</summary>
    public static bool TryParseSolarHijri(string text, out DateTimeOffset value)
    {
        value = default;
        var parts = PersianDigits.ToLatin(text).Split('/');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year is < 1 or > 1700 || month is < 1 or > 12 || day < 1
            || day > Persian.GetDaysInMonth(year, month))
        {
            return false;
        }

        var local = Persian.ToDateTime(year, month, day, 0, 0, 0, 0);
        value = new DateTimeOffset(local, TehranOffset).ToUniversalTime();
        return true;
    }
}
