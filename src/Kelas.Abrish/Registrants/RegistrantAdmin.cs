using System.Security.Cryptography;
using Kelas.Abrish.Data;
using Kelas.Core.Commands;
using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Registrants;

/// <summary>Operator-side registrant management, shared by the command line, the demo seeder and test fixtures.</summary>
internal sealed class RegistrantAdmin(AbrishDbContext db, TimeProvider clock)
{
    public const int ApiKeyLength = 40;
    public const int MaxReplayWindowSeconds = 86_400;

    public sealed record Hardening(bool? Sha256, int? ReplayWindowSeconds);

    public async Task<Registrant> CreateAsync(string name, Hardening hardening, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > RegistrantConfiguration.MaxNameLength || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new OperatorException($"'{name}' is not a valid register name: 1-{RegistrantConfiguration.MaxNameLength} characters without spaces.");
        }

        var registrant = new Registrant
        {
            Name = name,
            ApiKey = NewApiKey(),
            CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        Apply(registrant, hardening);
        db.Registrants.Add(registrant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new OperatorException($"A registrant named '{name}' already exists.");
        }

        return registrant;
    }

    public async Task<Registrant> HardenAsync(string name, Hardening hardening, CancellationToken cancellationToken)
    {
        var registrant = await RequireAsync(name, cancellationToken);
        Apply(registrant, hardening);
        await db.SaveChangesAsync(cancellationToken);
        return registrant;
    }

    public async Task<Registrant> RotateKeyAsync(string name, CancellationToken cancellationToken)
    {
        var registrant = await RequireAsync(name, cancellationToken);
        registrant.ApiKey = NewApiKey();
        await db.SaveChangesAsync(cancellationToken);
        return registrant;
    }

    public sealed record Summary(Registrant Registrant, int Organizations);

    public async Task<List<Summary>> ListAsync(CancellationToken cancellationToken)
    {
        var registrants = await db.Registrants.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var counts = await db.Organizations.GroupBy(o => o.RegistrantId)
            .Select(g => new { RegistrantId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.RegistrantId, c => c.Count, cancellationToken);
        return registrants.Select(r => new Summary(r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<Registrant> RequireAsync(string name, CancellationToken cancellationToken) =>
        await db.Registrants.FirstOrDefaultAsync(r => r.Name == name.Trim(), cancellationToken)
        ?? throw new OperatorException($"No registrant named '{name}'.");

    private static void Apply(Registrant registrant, Hardening hardening)
    {
        if (hardening.ReplayWindowSeconds is < 0 or > MaxReplayWindowSeconds)
        {
            throw new OperatorException($"--replay-window must be 0 (off) to {MaxReplayWindowSeconds} seconds.");
        }

        registrant.Sha256Checksums = hardening.Sha256 ?? registrant.Sha256Checksums;
        registrant.ReplayWindowSeconds = hardening.ReplayWindowSeconds ?? registrant.ReplayWindowSeconds;
    }

    private static string NewApiKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(ApiKeyLength / 2));
}
