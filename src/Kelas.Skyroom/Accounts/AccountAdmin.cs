using Kelas.Core.Commands;
using System.Text.RegularExpressions;
using Kelas.Core.Database;
using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Accounts;

/// <summary>Operator-side account management, shared by the command line and the demo seeder.</summary>
internal sealed partial class AccountAdmin(SkyroomDbContext db, TimeProvider clock)
{
    public sealed record Created(Account Account, string ApiKey);

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>Creates the account and its key; the key is returned once and only its hash is kept.</summary>
    public async Task<Created> CreateAsync(string slug, CancellationToken cancellationToken)
    {
        if (!IsValidSlug(slug))
        {
            throw new OperatorException($"'{slug}' is not a valid account name: use 2-63 lowercase Latin letters, digits and '-'.");
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = new Account
        {
            Slug = slug,
            KeyHash = Guid.NewGuid().ToString("N"),
            KeyPrefix = string.Empty,
            LoginSecret = ApiKeys.NewLoginSecret(),
            CreateTime = now,
            UpdateTime = now,
        };
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new OperatorException($"An account named '{slug}' already exists.");
        }

        // The key carries the account id, as the live service's keys do, so it is made once the id is known.
        var key = SetNewKey(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Created(account, key);
    }

    public async Task<string> RotateKeyAsync(string slug, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(slug, cancellationToken);
        var key = SetNewKey(account);
        account.UpdateTime = clock.GetUtcNow().ToUnixTimeSeconds();
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task SetStatusAsync(string slug, bool enabled, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(slug, cancellationToken);
        account.Status = enabled ? 1 : 0;
        account.UpdateTime = clock.GetUtcNow().ToUnixTimeSeconds();
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<List<Account>> ListAsync(CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task<Account> RequireAsync(string slug, CancellationToken cancellationToken) =>
        await db.Accounts.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken)
        ?? throw new OperatorException($"No account named '{slug}'.");

    private static string SetNewKey(Account account)
    {
        var key = ApiKeys.Generate(account.Id);
        account.KeyHash = ApiKeys.Hash(key);
        account.KeyPrefix = ApiKeys.Prefixed(key);
        return key;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex SlugPattern();
}
