using System.Globalization;
using Kelas.Abrish.Data;
using Kelas.Abrish.Wire;
using Kelas.Core.Database;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Security;

/// <summary>
/// Hardening against replays: params carry <c>timestamp</c> (Unix seconds, within the registrant's window of now) and
/// a <c>nonce</c> used once. Both sit inside params, so the checksum covers them. A unique key decides races.
/// </summary>
internal static class ReplayGuard
{
    public const int MinNonceLength = 8;

    /// <summary>Null when the call is fresh (its nonce is now spent); otherwise the error to answer.</summary>
    public static async Task<string?> CheckAsync(AbrishDbContext db, Registrant registrant, AbrishParams parameters, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (!parameters.TryLong("timestamp", out var timestamp) || Math.Abs(now - timestamp) > registrant.ReplayWindowSeconds)
        {
            return AbrishMessages.InvalidTimestamp;
        }

        var nonce = parameters.Text("nonce") ?? "";
        if (nonce.Length is < MinNonceLength or > UsedNonceConfiguration.MaxNonceLength
            || !nonce.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return AbrishMessages.InvalidNonce;
        }

        // A nonce older than twice the window cannot come back: its timestamp would be refused first.
        var horizon = now - (2L * registrant.ReplayWindowSeconds);
        await db.Nonces.Where(n => n.RegistrantId == registrant.Id && n.SeenAt < horizon).ExecuteDeleteAsync(cancellationToken);

        db.Nonces.Add(new UsedNonce { RegistrantId = registrant.Id, Nonce = nonce, SeenAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return AbrishMessages.Replayed;
        }
    }

    public static string Describe(int windowSeconds) =>
        windowSeconds > 0 ? string.Create(CultureInfo.InvariantCulture, $"timestamp ±{windowSeconds}s + nonce") : "off";
}
