using System.Globalization;
using Kelas.Core.Time;

namespace Kelas.Abrish;

/// <summary>Solar Hijri <c>yyyy/mm/dd</c> as the wire and the database hold them (zero-padded, Latin digits), through <see cref="PersianCalendar"/>.</summary>
internal static class SolarHijriDates
{
    private static readonly TimeSpan TehranOffset = KelasDates.TehranOffset;

    /// <summary>Accepts Persian digits and unpadded parts; false for dates the calendar does not have (1402/12/30).</summary>
    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = "";
        if (!KelasDates.TryParseSolarHijri(text.Trim(), out var instant))
        {
            return false;
        }

        normalized = Format(instant.ToOffset(TehranOffset).DateTime);
        return true;
    }

    /// <summary>Today in Tehran, Solar Hijri.</summary>
    public static string Today(TimeProvider clock) => Format(clock.GetUtcNow().ToOffset(TehranOffset).DateTime);

    /// <summary>True when today (Tehran) is after the expiry date.</summary>
    public static bool IsPast(string date, TimeProvider clock) => string.CompareOrdinal(Today(clock), date) > 0;

    public static string Format(DateTime date) => KelasDates.FormatSolarHijri(date);
}
