using Kelas.Client.Json;

namespace Kelas.Client.Skyroom;

/// <summary>
/// Creates login links ahead of class time, as Skyroom advises: creating them for everyone as a class starts is
/// costly and runs into the rate limit. Give it the links you already hold and it creates only those that are
/// missing or would expire too soon. Requests go through the client, so its rate limiter paces them.
/// </summary>
/// <param name="client">The client to create links with.</param>
/// <param name="maxConcurrency">How many links are requested at once (default 4).</param>
/// <param name="timeProvider">Clock used to compute link lifetimes; the system clock by default.</param>
public class SkyroomLoginLinkPreparer(SkyroomClient client, int maxConcurrency = 4, TimeProvider? timeProvider = null)
{
    private readonly SkyroomClient client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly int maxConcurrency = maxConcurrency > 0
        ? maxConcurrency
        : throw new ArgumentOutOfRangeException(nameof(maxConcurrency), "At least one request must be allowed.");
    private readonly TimeProvider timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>
    /// Makes sure every user has a link to <paramref name="roomId"/> valid until at least <paramref name="validUntil"/>.
    /// New links are created with a lifetime reaching exactly to <paramref name="validUntil"/> (rounded up to the second).
    /// </summary>
    /// <param name="roomId">The room the links enter.</param>
    /// <param name="users">The people who need a link.</param>
    /// <param name="validUntil">When the links must still work, e.g. the end of the class.</param>
    /// <param name="existingLinks">Links already held, by <see cref="LoginLinkUser.UserId"/>; reused when they last long enough.
    /// They are reused as they are, even if the user's nickname or access has changed since.</param>
    /// <param name="progress">Told after each link attempted (only links that had to be created are counted).</param>
    /// <param name="cancellationToken">Cancels the preparation; links already created are lost to the caller.</param>
    /// <returns>One outcome per user, in the order given. A failure of one link does not stop the others.</returns>
    public virtual async Task<IReadOnlyList<PreparedLoginLink>> PrepareAsync(
        long roomId,
        IEnumerable<LoginLinkUser> users,
        DateTimeOffset validUntil,
        IReadOnlyDictionary<string, LoginLink>? existingLinks = null,
        IProgress<LoginLinkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var people = users?.ToArray() ?? throw new ArgumentNullException(nameof(users));
        var now = timeProvider.GetUtcNow();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validUntil, now);
        var ttl = TimeSpan.FromSeconds(SecondsConverter.ToSeconds(validUntil - now));
        // The service starts the lifetime when it receives the request, later than now: the real expiry is never earlier.
        var expiresAt = now + ttl;

        var results = new PreparedLoginLink[people.Length];
        var toCreate = new List<int>();
        for (var i = 0; i < people.Length; i++)
        {
            var userId = people[i].UserId;
            if (existingLinks is not null && existingLinks.TryGetValue(userId, out var held) && held.ExpiresAt >= validUntil)
            {
                results[i] = new PreparedLoginLink(userId, held, Created: false, Error: null);
            }
            else
            {
                toCreate.Add(i);
            }
        }

        var counters = new Lock();
        int done = 0, failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(toCreate, parallel, async (index, token) =>
        {
            var user = people[index];
            PreparedLoginLink outcome;
            try
            {
                var url = await client.CreateLoginUrlAsync(
                    new CreateLoginUrlRequest
                    {
                        RoomId = roomId,
                        UserId = user.UserId,
                        Nickname = user.Nickname,
                        Access = user.Access,
                        Concurrent = user.Concurrent,
                        Language = user.Language,
                        Ttl = ttl,
                    },
                    token).ConfigureAwait(false);
                outcome = new PreparedLoginLink(user.UserId, new LoginLink(url, expiresAt), Created: true, Error: null);
            }
            catch (SkyroomException e)
            {
                outcome = new PreparedLoginLink(user.UserId, null, Created: false, Error: e);
            }

            results[index] = outcome;
            lock (counters)
            {
                done++;
                failed += outcome.Succeeded ? 0 : 1;
                progress?.Report(new LoginLinkProgress(done, toCreate.Count, failed));
            }
        }).ConfigureAwait(false);

        return results;
    }
}
