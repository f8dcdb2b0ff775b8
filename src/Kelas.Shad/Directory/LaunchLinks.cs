using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Shad.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Shad.Directory;

/// <summary>
/// The hand-off the Shad app's event box does: the organizer's landing URL with <c>UserID=&lt;hashedId&gt;</c>.
/// Handing a user off records (event, hashedId → user), which is how the organizer API finds the user again.
/// </summary>
internal sealed class LaunchLinks(ShadDbContext db, TimeProvider clock)
{
    public sealed record Launch(string Url, string HashedId, long LandingId, long UserId);

    public async Task<Launch> CreateAsync(long landingId, long userId, CancellationToken cancellationToken)
    {
        var shadEvent = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.LandingId == landingId, cancellationToken)
            ?? throw new OperatorException($"No event with landing id {landingId}.");
        if (!shadEvent.Enabled)
        {
            throw new OperatorException($"The event with landing id {landingId} is disabled.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new OperatorException($"No directory user with id {userId}.");
        }

        var hashedId = PairwiseIds.Compute(shadEvent.PairwiseSecret, userId);
        if (!await db.EventUsers.AnyAsync(e => e.EventId == shadEvent.Id && e.HashedId == hashedId, cancellationToken))
        {
            db.EventUsers.Add(new EventUser { EventId = shadEvent.Id, HashedId = hashedId, UserId = userId, CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Another hand-off of the same user stored the same row first.
                db.ChangeTracker.Clear();
            }
        }

        return new Launch(WithUserId(shadEvent.LandingUrl, hashedId), hashedId, landingId, userId);
    }

    public static string WithUserId(string landingUrl, string hashedId)
    {
        var fragment = landingUrl.IndexOf('#', StringComparison.Ordinal);
        var (head, tail) = fragment < 0 ? (landingUrl, "") : (landingUrl[..fragment], landingUrl[fragment..]);
        var separator = !head.Contains('?', StringComparison.Ordinal) ? "?" : head.EndsWith('?') || head.EndsWith('&') ? "" : "&";
        return head + separator + "UserID=" + hashedId + tail;
    }
}
