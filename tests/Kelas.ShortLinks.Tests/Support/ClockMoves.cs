namespace Kelas.ShortLinks.Tests.Support;

/// <summary>
/// Moves a fixture's clock to a chosen moment. Tests of one class share the clock and run in no fixed order, so
/// each picks its moments after the clock's present (the next full hour, the next month) rather than fixed dates.
/// </summary>
internal static class ClockMoves
{
    public static void MoveTo(this ManualClock clock, DateTimeOffset moment)
    {
        var by = moment - clock.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"the clock only moves forward, not back to {moment:O}");
        clock.Advance(by);
    }

    /// <summary>The start of the next UTC hour after now, plus <paramref name="hours"/> more.</summary>
    public static DateTimeOffset NextHour(this ManualClock clock, int hours = 0)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1 + hours);
    }

    /// <summary>The start of the next UTC month after now.</summary>
    public static DateTimeOffset NextMonth(this ManualClock clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
    }
}
