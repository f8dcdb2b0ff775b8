using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Core.RateLimiting;

/// <summary>
/// Counts in the shared database with one atomic upsert per request, so several instances together allow the
/// limit, not the limit times the instances. The row lock of the upsert orders concurrent increments of one key.
/// </summary>
internal sealed class DatabaseRequestQuota(IServiceScopeFactory scopes, TimeProvider clock) : IRequestQuota
{
    private const string Increment = """
        INSERT INTO kelas_rate_limits (scope, key, window_start, count) VALUES ({0}, {1}, {2}, 1)
        ON CONFLICT (scope, key, window_start) DO UPDATE SET count = kelas_rate_limits.count + 1
        RETURNING count AS "Value"
        """;

    public async ValueTask<QuotaDecision> TryTakeAsync(string scope, string key, int permitsPerMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % 60);
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<RateLimitDbContext>();
        var counts = await db.Database.SqlQueryRaw<long>(Increment, scope, key, start).ToListAsync(cancellationToken);
        var count = counts.Single();
        if (count == 1)
        {
            // The first request of a key's new window clears windows that can no longer matter.
            await db.Windows.Where(w => w.WindowStart < start - 60).ExecuteDeleteAsync(cancellationToken);
        }

        return count <= permitsPerMinute
            ? new QuotaDecision(true, TimeSpan.Zero)
            : new QuotaDecision(false, TimeSpan.FromSeconds(start + 60 - now));
    }
}
