using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Kelas.Client.Http;

/// <summary>
/// One limiter per credential and limit for the whole process: the service counts requests per key,
/// and typed clients registered as transient would otherwise each get a full budget.
/// </summary>
internal static class SharedRateLimiters
{
    private static readonly ConcurrentDictionary<(string Scope, int Permits, TimeSpan Window), Lazy<RateLimiter>> Limiters = new();

    public static RateLimiter Get(string scope, int permits, TimeSpan window) =>
        Limiters.GetOrAdd((scope, permits, window), static key => new Lazy<RateLimiter>(() => Create(key.Permits, key.Window))).Value;

    // A sliding window keeps any window-long span under the limit, whatever the server's window alignment.
    private static SlidingWindowRateLimiter Create(int permits, TimeSpan window) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
