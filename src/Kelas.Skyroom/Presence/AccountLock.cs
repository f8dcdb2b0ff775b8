using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kelas.Skyroom.Presence;

/// <summary>
/// A transaction in which nobody else changes who is inside the account's rooms: on PostgreSQL a transaction-scoped
/// advisory lock on the account (shared by every instance), on SQLite the database's single writer (the transaction
/// starts with <c>BEGIN IMMEDIATE</c>). Entries, exits, removals and sweeps all take it, so limits count exactly.
/// </summary>
internal static class AccountLock
{
    /// <summary>The high half of the advisory-lock key, so Kelas's keys do not collide with another application's.</summary>
    private const long KeySpace = 0x4B454C41L << 32;

    public static async Task<IDbContextTransaction> BeginAsync(SkyroomDbContext db, long accountId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({KeySpace | accountId})", cancellationToken);
        }

        return transaction;
    }
}
