using Kelas.Core.Time;

namespace Kelas.Core.Tests.Time;

public sealed class KelasDatesTests
{
    [Theory]
    [InlineData("1403/12/30", 2025, 3, 20)]
    [InlineData("1405/07/01", 2026, 9, 23)]
    [InlineData("۱۴۰۵/۰۱/۰۱", 2026, 3, 21)]
    [InlineData("١٤٠٥/٠١/٠١", 2026, 3, 21)]
    public void SolarHijriDatesAreMidnightInTehran(string text, int year, int month, int day)
    {
        Assert.True(KelasDates.TryParse(text, out var value));
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(3.5)), value);
    }

    [Theory]
    [InlineData("1402/12/30")]
    [InlineData("1405/13/01")]
    [InlineData("1405/07/32")]
    [InlineData("1405/0/1")]
    public void SolarHijriDatesThatDoNotExistAreRefused(string text) => Assert.False(KelasDates.TryParse(text, out _));

    [Fact]
    public void UnixSecondsAndIsoDatesAreUtc()
    {
        Assert.True(KelasDates.TryParse("1790000000", out var unix));
        Assert.Equal(1790000000, unix.ToUnixTimeSeconds());
        Assert.True(KelasDates.TryParse("2026-09-23", out var iso));
        Assert.Equal(new DateTimeOffset(2026, 9, 23, 0, 0, 0, TimeSpan.Zero), iso);
        Assert.True(KelasDates.TryParse("2026-09-23T10:00:00+03:30", out var offset));
        Assert.Equal(new DateTimeOffset(2026, 9, 23, 6, 30, 0, TimeSpan.Zero), offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("99999999999999")]
    public void NonDatesAreRefused(string text) => Assert.False(KelasDates.TryParse(text, out _));

    [Theory]
    [InlineData("2026-11-22", 2026, 11, 22)]
    [InlineData("2026/11/22", 2026, 11, 22)]
    [InlineData("۲۰۲۶-۱۱-۲۲", 2026, 11, 22)]
    [InlineData("1405/09/01", 2026, 11, 22)]
    [InlineData("۱۴۰۵/۰۹/۰۱", 2026, 11, 22)]
    [InlineData("1405-09-01", 2026, 11, 22)]
    [InlineData(" 1403/12/30 ", 2025, 3, 20)]
    public void TehranDaysStartAtMidnightTehranTimeInEitherCalendar(string text, int year, int month, int day)
    {
        Assert.True(KelasDates.TryParseTehranDay(text, out var start));
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(3.5)), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("1402/12/30")]
    [InlineData("2026-11")]
    [InlineData("2026-11-22T10:00")]
    [InlineData("1790000000")]
    [InlineData("2026-11/22")]
    public void TehranDaysThatAreNotWholeExistingDaysAreRefused(string text) => Assert.False(KelasDates.TryParseTehranDay(text, out _));

    [Fact]
    public void TehranIsoTimesCarryTheTehranOffset()
    {
        var utc = new DateTimeOffset(2026, 11, 22, 11, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

        Assert.Equal("2026-11-22T14:30:00+03:30", KelasDates.ToTehranIso(utc));
        Assert.Equal("2026-11-23T02:00:05+03:30", KelasDates.ToTehranIso(utc + (11 * 3600) + (30 * 60) + 5));
    }
}
