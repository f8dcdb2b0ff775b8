using System.Collections.Concurrent;
using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kelas.Skyroom.Presence;

/// <summary>
/// A transaction in which nobody else changes who is inside the account's rooms: on PostgreSQL a transaction-scoped
/// advisory lock on the account (shared by every instance), on SQLite the database's single writer (the transaction
/// starts with <c>BEGIN IMMEDIATE</c>). Entries, exits, removals and sweeps all take it, so limits count exactly.
/// Within one instance the callers first queue on an in-process gate per account, so a class walking in at once
/// waits in line here rather than in the database's busy-retry loop.
/// </summary>
internal sealed class AccountLock
{
    /// <summary>The high half of the advisory-lock key, so Kelas's keys do not collide with another application's.</summary>
    private const long KeySpace = 0x4B454C41L << 32;

    private readonly ConcurrentDictionary<long, SemaphoreSlim> gates = new();

    public async Task<Scope> BeginAsync(SkyroomDbContext db, long accountId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(accountId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({KeySpace | accountId})", cancellationToken);
            }

            return new Scope(transaction, gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>The locked transaction; disposing it (committed or not) lets the next caller in.</summary>
    public sealed class Scope(IDbContextTransaction transaction, SemaphoreSlim gate) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
