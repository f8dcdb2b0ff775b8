using Kelas.Abrish.Users;

namespace Kelas.Abrish.Tests;

public sealed class SolarHijriAndNormalizationTests
{
    [Theory]
    [InlineData("1403/12/30", true, "1403/12/30")]
    [InlineData("1402/12/30", false, "")]
    [InlineData("1402/12/29", true, "1402/12/29")]
    [InlineData("1403/1/1", true, "1403/01/01")]
    [InlineData("۱۴۰۳/۰۶/۳۱", true, "1403/06/31")]
    [InlineData("1403/07/31", false, "")]
    [InlineData("1403/07/32", false, "")]
    [InlineData("1403/00/10", false, "")]
    [InlineData("2024/01/01", false, "")]
    [InlineData("1403-01-01", false, "")]
    public void SolarHijriDatesAreCheckedAgainstThePersianCalendar(string text, bool valid, string normalized)
    {
        Assert.Equal(valid, SolarHijriDates.TryNormalize(text, out var result));
        Assert.Equal(normalized, result);
    }

    [Fact]
    public void TodayIsTakenInTehranTime()
    {
        // 20:29 UTC on 2026-09-22 is already 00:00 of 1405/07/01 in Tehran.
        var clock = new ManualClock(new DateTimeOffset(2026, 9, 22, 20, 30, 0, TimeSpan.Zero));

        Assert.Equal("1405/07/01", SolarHijriDates.Today(clock));
        Assert.True(SolarHijriDates.IsPast("1405/06/31", clock));
        Assert.False(SolarHijriDates.IsPast("1405/07/01", clock));
    }

    [Theory]
    [InlineData("علي", "علی")]
    [InlineData("كريم", "کریم")]
    [InlineData("ABC۱۲۳٤٥", "abc12345")]
    public void NormalizationFoldsArabicLettersDigitsAndCase(string text, string expected)
    {
        Assert.Equal(expected, SearchNormalizer.Normalize(text));
    }
}
