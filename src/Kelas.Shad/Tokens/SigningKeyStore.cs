using System.Security.Cryptography;
using Kelas.Core.Database;
using Kelas.Shad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Shad.Tokens;

/// <summary>
/// The token signing key, kept in the database so that every instance signs alike and restarts keep tokens valid.
/// Created on first use; two instances racing to create it settle on the row that the database kept.
/// </summary>
internal sealed class SigningKeyStore(IServiceScopeFactory scopes)
{
    public const string SecretName = "token-signing-key";

    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (key is { } cached)
        {
            return cached;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShadDbContext>();
        var stored = await db.Secrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return Convert.FromHexString(stored);
        }

        db.Secrets.Add(new ServerSecret { Name = SecretName, Value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
        }

        return Convert.FromHexString(await db.Secrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).SingleAsync(cancellationToken));
    }
}
