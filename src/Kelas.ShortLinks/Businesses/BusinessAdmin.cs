using System.Text.RegularExpressions;
using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.ShortLinks.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks.Businesses;

/// <summary>Operator-side business management, shared by the command line and the demo seeder.</summary>
internal sealed partial class BusinessAdmin(ShortLinksDbContext db, TimeProvider clock)
{
    public sealed record Credentials(Business Business, string Token, string ApiKey);

    public async Task<Credentials> CreateAsync(string name, CancellationToken cancellationToken)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new OperatorException($"'{name}' is not a valid business name: use 2-63 lowercase Latin letters, digits and '-'.");
        }

        var business = new Business { Name = name, CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        var credentials = SetNewCredentials(business);
        db.Businesses.Add(business);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new OperatorException($"A business named '{name}' already exists.");
        }

        return credentials;
    }

    public async Task<Credentials> RotateAsync(string name, CancellationToken cancellationToken)
    {
        var business = await RequireAsync(name, cancellationToken);
        var credentials = SetNewCredentials(business);
        await db.SaveChangesAsync(cancellationToken);
        return credentials;
    }

    public async Task SetStatusAsync(string name, bool enabled, CancellationToken cancellationToken)
    {
        var business = await RequireAsync(name, cancellationToken);
        business.Status = enabled ? 1 : 0;
        await db.SaveChangesAsync(cancellationToken);
    }

    public sealed record Summary(Business Business, int Links, long Visits);

    public async Task<List<Summary>> ListAsync(CancellationToken cancellationToken)
    {
        var businesses = await db.Businesses.AsNoTracking().OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var totals = await db.Links.GroupBy(l => l.BusinessId)
            .Select(g => new { BusinessId = g.Key, Links = g.Count(), Visits = g.Sum(l => l.VisitCount) })
            .ToDictionaryAsync(t => t.BusinessId, cancellationToken);
        return businesses
            .Select(b => totals.TryGetValue(b.Id, out var t) ? new Summary(b, t.Links, t.Visits) : new Summary(b, 0, 0))
            .ToList();
    }

    private async Task<Business> RequireAsync(string name, CancellationToken cancellationToken) =>
        await db.Businesses.FirstOrDefaultAsync(b => b.Name == name, cancellationToken)
        ?? throw new OperatorException($"No business named '{name}'.");

    private static Credentials SetNewCredentials(Business business)
    {
        var token = BusinessCredentials.Generate();
        var apiKey = BusinessCredentials.Generate();
        business.TokenHash = BusinessCredentials.Hash(token);
        business.TokenPrefix = token[..8];
        business.ApiKeyHash = BusinessCredentials.Hash(apiKey);
        return new Credentials(business, token, apiKey);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex NamePattern();
}
