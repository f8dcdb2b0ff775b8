using System.Collections.Concurrent;

namespace Kelas.Core.RateLimiting;

/// <summary>Fixed one-minute windows in process memory, on the injected clock. Windows of idle keys are swept.</summary>
internal sealed class MemoryRequestQuota(TimeProvider clock) : IRequestQuota
{
    private readonly ConcurrentDictionary<(string Scope, string Key), Window> windows = new();
    private long lastSweep;

    public ValueTask<QuotaDecision> TryTakeAsync(string scope, string key, int permitsPerMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % 60);
        Sweep(start);
        var window = windows.AddOrUpdate((scope, key), _ => new Window(start), (_, current) => current.Start == start ? current : new Window(start));
        var count = Interlocked.Increment(ref window.Count);
        return ValueTask.FromResult(count <= permitsPerMinute
            ? new QuotaDecision(true, TimeSpan.Zero)
            : new QuotaDecision(false, TimeSpan.FromSeconds(start + 60 - now)));
    }

    private void Sweep(long currentStart)
    {
        var previous = Interlocked.Read(ref lastSweep);
        if (previous == currentStart || Interlocked.CompareExchange(ref lastSweep, currentStart, previous) != previous)
        {
            return;
        }

        foreach (var (key, window) in windows)
        {
            if (window.Start < currentStart)
            {
                windows.TryRemove(KeyValuePair.Create(key, window));
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Count;

        public long Start { get; } = start;
    }
}
