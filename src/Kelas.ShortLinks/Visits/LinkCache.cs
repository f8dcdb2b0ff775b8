using System.Collections.Concurrent;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Public;
using Kelas.ShortLinks.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Visits;

/// <summary>
/// What a redirect needs about a hash, kept in memory for <c>LinkCacheSeconds</c> so a redirect does not touch
/// the database. Changes made through this instance show at once; another instance's within the TTL.
/// </summary>
internal sealed class LinkCache(IServiceScopeFactory scopes, IOptions<ShortLinksOptions> options)
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly long ttl = options.Value.LinkCacheSeconds * 1000L;

    /// <summary>A link as redirects see it.</summary>
    public sealed record Target(long Id, long BusinessId, LinkKind Kind, string UrlOrContent, string Hash, bool Active, long ExpireTime)
    {
        public bool IsLive(long now) => Active && ExpireTime > now;

        /// <summary>The <c>Location</c> of a link or file redirect, worked out once per cached entry.</summary>
        public string RedirectLocation => field ??= ShortLinkPublicApi.Location(UrlOrContent);
    }

    private sealed record Entry(Target? Target, long LoadedAt);

    public async ValueTask<Target?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        hash = LinkRules.LookupForm(hash);
        var now = Environment.TickCount64;
        if (entries.TryGetValue(hash, out var entry) && now - entry.LoadedAt < ttl)
        {
            return entry.Target;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortLinksDbContext>();
        var target = await db.Links.AsNoTracking()
            .Where(l => l.Hash == hash)
            .Select(l => new Target(l.Id, l.BusinessId, l.Kind, l.UrlOrContent, l.Hash, l.Active, l.ExpireTime))
            .FirstOrDefaultAsync(cancellationToken);
        if (ttl > 0)
        {
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[hash] = new Entry(target, now);
        }

        return target;
    }

    public void Invalidate(string hash) => entries.TryRemove(hash, out _);
}
