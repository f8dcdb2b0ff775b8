namespace Kelas.Client.Tests.Support;

internal static class Poll
{
    /// <summary>Waits (a few milliseconds at a time, five seconds at most) until <paramref name="condition"/> holds.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 5 seconds.");
            await Task.Delay(5);
        }
    }
}
