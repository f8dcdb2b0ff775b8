using Kelas.Core.RateLimiting;

namespace Kelas.Core.Tests.RateLimiting;

public sealed class MemoryRequestQuotaTests
{
    private readonly SteppingClock clock = new(new DateTimeOffset(2026, 9, 23, 8, 0, 15, TimeSpan.Zero));

    [Fact]
    public async Task PermitsRunOutWithinAMinuteAndComeBackInTheNext()
    {
        var quota = new MemoryRequestQuota(clock);

        Assert.True((await quota.TryTakeAsync("s", "k", 2, default)).Allowed);
        Assert.True((await quota.TryTakeAsync("s", "k", 2, default)).Allowed);
        var refused = await quota.TryTakeAsync("s", "k", 2, default);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.RetryAfter);

        clock.Now = clock.Now.AddSeconds(45);
        Assert.True((await quota.TryTakeAsync("s", "k", 2, default)).Allowed);
    }

    [Fact]
    public async Task KeysAndScopesHaveTheirOwnPermits()
    {
        var quota = new MemoryRequestQuota(clock);
        await quota.TryTakeAsync("s", "a", 1, default);

        Assert.False((await quota.TryTakeAsync("s", "a", 1, default)).Allowed);
        Assert.True((await quota.TryTakeAsync("s", "b", 1, default)).Allowed);
        Assert.True((await quota.TryTakeAsync("other", "a", 1, default)).Allowed);
    }

    [Fact]
    public async Task ParallelCallersNeverGetMoreThanTheLimit()
    {
        var quota = new MemoryRequestQuota(clock);
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => (await quota.TryTakeAsync("s", "k", 50, default)).Allowed)));
        Assert.Equal(50, results.Count(allowed => allowed));
    }

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
