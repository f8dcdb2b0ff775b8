using System.Collections.Concurrent;

namespace Kelas.Client.Tests.Support;

/// <summary>
/// A clock that stands still and timers that fire at once (or never, when <see cref="Fire"/> is off),
/// recording how long they were asked to wait.
/// </summary>
internal sealed class InstantTimeProvider(DateTimeOffset now) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();

    public InstantTimeProvider()
        : this(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public bool Fire { get; set; } = true;

    public IReadOnlyList<TimeSpan> Delays => delays.ToArray();

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            delays.Enqueue(dueTime);
            if (Fire)
            {
                ThreadPool.QueueUserWorkItem(_ => callback(state));
            }
        }

        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
