using Kelas.ShortLinks.Businesses;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

public static class ShortLinkFixtures
{
    /// <summary>Creates a business as <c>kelas links business create</c> does.</summary>
    public static async Task<ShortLinkBusiness> CreateShortLinkBusinessAsync(this KelasFactory factory, string? name = null)
    {
        name ??= "b" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<BusinessAdmin>().CreateAsync(name, CancellationToken.None);
        return new ShortLinkBusiness(created.Business.Id, name, created.Token, created.ApiKey);
    }

    public static async Task SetShortLinkBusinessEnabledAsync(this KelasFactory factory, string name, bool enabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BusinessAdmin>().SetStatusAsync(name, enabled, CancellationToken.None);
    }

    /// <summary>Waits until every visit queued so far is stored (the writer otherwise stores every 100 ms).</summary>
    public static Task FlushShortLinkVisitsAsync(this KelasFactory factory) =>
        factory.Services.GetRequiredService<VisitWriter>().FlushAsync();

    /// <summary>The stored visit counter of a link, straight from the database.</summary>
    public static async Task<long> StoredVisitCountAsync(this KelasFactory factory, string hash)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShortLinksDbContext>().Links
            .Where(l => l.Hash == hash).Select(l => l.VisitCount).SingleAsync();
    }

    /// <summary>Counter rows stored for a link (all levels and dimensions): what statistics read.</summary>
    public static async Task<int> VisitCounterRowsAsync(this KelasFactory factory, string hash)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortLinksDbContext>();
        var id = await db.Links.Where(l => l.Hash == hash).Select(l => l.Id).SingleAsync();
        return await db.VisitCounts.CountAsync(v => v.LinkId == id);
    }
}
