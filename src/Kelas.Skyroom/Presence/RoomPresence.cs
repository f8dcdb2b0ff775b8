using Kelas.Skyroom.Access;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Entry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kelas.Skyroom.Presence;

/// <summary>The outcome of trying to enter: inside (with the new connection), waiting in the lobby, or refused.</summary>
internal sealed record Admission(EntryDecision Decision, Connection? Connection, RoomSession? Session);

/// <summary>Someone inside, as the room page shows them.</summary>
internal sealed record Participant(long Connection, string Nickname, int Access, bool Guest);

/// <summary>The room as the roster frame shows it.</summary>
internal sealed record RosterSnapshot(RoomSession? Session, IReadOnlyList<Participant> People);

/// <summary>
/// Who is inside which room, kept in the shared database so that every instance counts the same people: entries
/// (checked against every limit under the account's lock), exits, removals, the session's start and stop, and the
/// usage counters. It holds no state of its own; the sockets are <see cref="RoomHub"/>'s.
/// </summary>
internal sealed class RoomPresence(IServiceScopeFactory scopes, TimeProvider clock, IOptions<PresenceOptions> options)
{
    private readonly AccountLock accountLock = new();

    public PresenceOptions Options => options.Value;

    public long Now => clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Open connections last vouched for before this are not counted (their instance is gone).</summary>
    private long FreshSince(long now) => now - options.Value.StaleAfterSeconds;

    /// <summary>What entry would decide now, without taking a seat: the page shows refusals before any socket opens.</summary>
    public async Task<EntryDecision> PrecheckAsync(EntryIdentity who, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var now = Now;
        var state = await LoadStateAsync(db, who, cancellationToken);
        return state is null
            ? EntryDecision.Refuse(EntryRefusal.RoomNotFound)
            : EntryRules.Decide(who, state, await CountAsync(db, who, state, now, cancellationToken), now);
    }

    /// <summary>Takes a seat if every rule allows it, opening the room's session when it is empty.</summary>
    public async Task<Admission> AdmitAsync(EntryIdentity who, string instance, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();

        // The rows the standing rules read are loaded before the lock, to keep it short: a status changed meanwhile
        // is caught by the next round, as it would be a moment after entry. The session and the counts are read under it.
        var loaded = await LoadStateAsync(db, who, cancellationToken);
        if (loaded is null)
        {
            return new Admission(EntryDecision.Refuse(EntryRefusal.RoomNotFound), null, null);
        }

        await using var transaction = await accountLock.BeginAsync(db, who.AccountId, cancellationToken);
        var now = Now;
        var state = loaded with
        {
            OpenSession = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.RoomId == who.RoomId && s.StopTime == null, cancellationToken),
        };
        var decision = EntryRules.Decide(who, state, await CountAsync(db, who, state, now, cancellationToken), now);
        if (decision.Verdict != EntryVerdict.Admit)
        {
            return new Admission(decision, null, null);
        }

        var session = state.OpenSession;
        if (session is null)
        {
            session = new RoomSession { AccountId = who.AccountId, RoomId = who.RoomId, StartTime = now };
            db.Sessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
        }

        var connection = new Connection
        {
            SessionId = session.Id,
            AccountId = who.AccountId,
            ServiceId = state.Service.Id,
            RoomId = who.RoomId,
            UserId = who.UserId,
            ApiUserId = who.ApiUserId,
            ClientId = who.ClientId,
            Nickname = who.Nickname,
            Access = state.Access ?? who.Access,
            IsGuest = who.IsGuest,
            Instance = instance,
            StartTime = now,
            LastSeen = now,
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Admission(decision, connection, session);
    }

    /// <summary>
    /// Lets people out: their time is added to the usage counters, and the session stops when nobody is left.
    /// Returns the ids that were still inside (a second close of the same connection does nothing).
    /// </summary>
    public async Task<IReadOnlyList<long>> CloseAsync(long accountId, IReadOnlyCollection<long> connectionIds, int status, CancellationToken cancellationToken)
    {
        if (connectionIds.Count == 0)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        await using var transaction = await accountLock.BeginAsync(db, accountId, cancellationToken);
        var now = Now;
        var open = await db.Connections
            .Where(c => c.AccountId == accountId && connectionIds.Contains(c.Id) && c.StopTime == null)
            .ToListAsync(cancellationToken);
        await CloseConnectionsAsync(db, open, status, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return open.ConvertAll(c => c.Id);
    }

    /// <summary>An operator ends the session: everyone inside the room is let out. Returns who was.</summary>
    public async Task<IReadOnlyList<long>> EndSessionAsync(long accountId, long roomId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        await using var transaction = await accountLock.BeginAsync(db, accountId, cancellationToken);
        var open = await db.Connections
            .Where(c => c.AccountId == accountId && c.RoomId == roomId && c.StopTime == null)
            .ToListAsync(cancellationToken);
        await CloseConnectionsAsync(db, open, ConnectionStatus.SessionEnded, Now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return open.ConvertAll(c => c.Id);
    }

    /// <summary>
    /// One instance's periodic vouching for its sockets: their time so far goes into the usage counters (so a crash
    /// loses at most one tick) and their <c>last_seen</c> moves on. Returns the connections someone else closed
    /// meanwhile (an operator on another instance, a sweep), with the status they were closed with, and those whose
    /// rows are gone with their room (<see cref="ConnectionStatus.Deleted"/>).
    /// </summary>
    public async Task<IReadOnlyList<(long Id, int Status)>> CheckpointAsync(long accountId, IReadOnlyCollection<long> connectionIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        await using var transaction = await accountLock.BeginAsync(db, accountId, cancellationToken);
        var now = Now;
        var rows = await db.Connections
            .Where(c => c.AccountId == accountId && connectionIds.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var open = rows.Where(c => c.StopTime == null).ToList();
        foreach (var connection in open)
        {
            connection.LastSeen = now;
        }

        await AddUsageAsync(db, open, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var closed = rows.Where(c => c.StopTime != null).Select(c => (c.Id, c.Status));
        var deleted = connectionIds.Except(rows.Select(c => c.Id)).Select(id => (id, ConnectionStatus.Deleted));
        return closed.Concat(deleted).ToList();
    }

    /// <summary>
    /// Closes what a dead instance left behind: open connections nobody vouched for within the stale time (as lost,
    /// counted up to their last checkpoint), and open sessions with nobody inside. Returns the rooms that changed.
    /// </summary>
    public async Task<IReadOnlyList<(long AccountId, long RoomId)>> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var staleBefore = FreshSince(Now);
        var accounts = await db.Connections.AsNoTracking()
            .Where(c => c.StopTime == null && c.LastSeen < staleBefore)
            .Select(c => c.AccountId)
            .Union(db.Sessions.AsNoTracking()
                .Where(s => s.StopTime == null && s.StartTime < staleBefore && !db.Connections.Any(c => c.SessionId == s.Id && c.StopTime == null))
                .Select(s => s.AccountId))
            .Distinct()
            .ToListAsync(cancellationToken);
        var changed = new List<(long, long)>();
        foreach (var accountId in accounts)
        {
            await using var transaction = await accountLock.BeginAsync(db, accountId, cancellationToken);
            var stale = await db.Connections
                .Where(c => c.AccountId == accountId && c.StopTime == null && c.LastSeen < staleBefore)
                .ToListAsync(cancellationToken);
            foreach (var connection in stale)
            {
                connection.StopTime = Math.Max(connection.StartTime, connection.LastSeen);
                connection.Status = ConnectionStatus.Lost;
            }

            await AddUsageAsync(db, stale, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var emptied = await StopEmptySessionsAsync(db, accountId, Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changed.AddRange(stale.Select(c => (accountId, c.RoomId)).Concat(emptied.Select(roomId => (accountId, roomId))).Distinct());
            db.ChangeTracker.Clear();
        }

        return changed;
    }

    /// <summary>Everyone inside the room now (and its open session), in the order they came in.</summary>
    public async Task<RosterSnapshot> ReadRosterAsync(long roomId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var fresh = FreshSince(Now);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.RoomId == roomId && s.StopTime == null, cancellationToken);
        var people = await db.Connections.AsNoTracking()
            .Where(c => c.RoomId == roomId && c.StopTime == null && c.LastSeen >= fresh)
            .OrderBy(c => c.StartTime).ThenBy(c => c.Id)
            .Select(c => new Participant(c.Id, c.Nickname, c.Access, c.IsGuest))
            .ToListAsync(cancellationToken);
        return new RosterSnapshot(session, people);
    }

    /// <summary>Stores a chat line of a connection that is still inside; null when it is not.</summary>
    public async Task<ChatMessage?> AddChatAsync(long connectionId, string text, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var sender = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId && c.StopTime == null, cancellationToken);
        if (sender is null)
        {
            return null;
        }

        var message = new ChatMessage
        {
            SessionId = sender.SessionId,
            RoomId = sender.RoomId,
            ConnectionId = sender.Id,
            Nickname = sender.Nickname,
            Access = sender.Access,
            Text = text,
            Time = Now,
        };
        db.ChatMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    /// <summary>The session's last <paramref name="count"/> chat lines, oldest first.</summary>
    public async Task<IReadOnlyList<ChatMessage>> ReadHistoryAsync(long sessionId, int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var latest = await db.ChatMessages.AsNoTracking()
            .Where(m => m.SessionId == sessionId)
            .OrderByDescending(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        latest.Reverse();
        return latest;
    }

    /// <summary>
    /// The rules applied to people already inside: for each connection, the refusal that must let them out now, or
    /// the nearest deadline to warn them of. Reads fresh rows, so status changes made through the API take effect.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, StayVerdict>> JudgeAsync(IReadOnlyCollection<(long ConnectionId, EntryIdentity Who)> inside, CancellationToken cancellationToken)
    {
        var verdicts = new Dictionary<long, StayVerdict>();
        if (inside.Count == 0)
        {
            return verdicts;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var now = Now;
        var fresh = FreshSince(now);
        var states = new Dictionary<(long Room, long? User), RoomState?>();

        // People drawing on each time budget, counted once per round however many of them are on this instance.
        var counts = new Dictionary<(string Scope, long Id), int>();
        async Task<int> CountOnceAsync((string Scope, long Id) key, System.Linq.Expressions.Expression<Func<Connection, bool>> scope)
        {
            if (!counts.TryGetValue(key, out var count))
            {
                count = await db.Connections.AsNoTracking().Where(c => c.StopTime == null && c.LastSeen >= fresh).Where(scope).CountAsync(cancellationToken);
                counts[key] = count;
            }

            return count;
        }

        foreach (var (connectionId, who) in inside)
        {
            if (!states.TryGetValue((who.RoomId, who.UserId), out var state))
            {
                state = await LoadStateAsync(db, who, cancellationToken);
                states[(who.RoomId, who.UserId)] = state;
            }

            if (state is null)
            {
                verdicts[connectionId] = new StayVerdict(EntryRefusal.RoomNotFound, null);
                continue;
            }

            if (EntryRules.StandingRefusal(who, state, now) is { } refusal)
            {
                verdicts[connectionId] = new StayVerdict(refusal, null);
                continue;
            }

            var serviceOnline = state.Service.TimeLimit is null ? 0 : await CountOnceAsync(("service", state.Service.Id), c => c.ServiceId == state.Service.Id);
            var roomOnline = state.Room.TimeLimit is null ? 0 : await CountOnceAsync(("room", who.RoomId), c => c.RoomId == who.RoomId);
            var userOnline = state.User?.TimeLimit is null ? 0 : await CountOnceAsync(("user", who.UserId ?? 0), c => c.UserId == who.UserId);
            var deadline = EntryRules.NearestDeadline(state, now, serviceOnline, roomOnline, userOnline);
            verdicts[connectionId] = deadline is { SecondsLeft: <= 0 } due
                ? new StayVerdict(due.Reason, null)
                : new StayVerdict(null, deadline is { } d && d.SecondsLeft <= options.Value.WarningSeconds ? d : null);
        }

        return verdicts;
    }

    private static async Task<RoomState?> LoadStateAsync(SkyroomDbContext db, EntryIdentity who, CancellationToken cancellationToken)
    {
        var row = await (
            from room in db.Rooms.AsNoTracking()
            join service in db.Services.AsNoTracking() on room.ServiceId equals service.Id
            join account in db.Accounts.AsNoTracking() on room.AccountId equals account.Id
            where room.Id == who.RoomId && room.AccountId == who.AccountId
            select new { room, service, account }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.RoomId == who.RoomId && s.StopTime == null, cancellationToken);
        User? user = null;
        int? access = who.Access;
        if (who.UserId is { } userId)
        {
            user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.AccountId == who.AccountId, cancellationToken);
            access = await RoomAccess.FindAsync(db, who.RoomId, userId, cancellationToken);
        }

        return new RoomState(row.account, row.service, row.room, session, user, access);
    }

    private async Task<Occupancy> CountAsync(SkyroomDbContext db, EntryIdentity who, RoomState state, long now, CancellationToken cancellationToken)
    {
        var fresh = FreshSince(now);
        var open = db.Connections.AsNoTracking().Where(c => c.AccountId == who.AccountId && c.StopTime == null && c.LastSeen >= fresh);
        var counts = await open
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Service = g.Count(c => c.ServiceId == state.Service.Id),
                Room = g.Count(c => c.RoomId == who.RoomId),
                Guests = g.Count(c => c.RoomId == who.RoomId && c.IsGuest),
                SameClient = g.Count(c => c.ClientId == who.ClientId),
                SameUser = who.UserId == null ? 0 : g.Count(c => c.UserId == who.UserId),
                Operators = g.Count(c => c.RoomId == who.RoomId && c.Access >= 3),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return counts is null
            ? new Occupancy(0, 0, 0, 0, 0, false)
            : new Occupancy(counts.Service, counts.Room, counts.Guests, counts.SameClient, counts.SameUser, counts.Operators > 0);
    }

    private static async Task CloseConnectionsAsync(SkyroomDbContext db, List<Connection> connections, int status, long now, CancellationToken cancellationToken)
    {
        foreach (var connection in connections)
        {
            connection.StopTime = now;
            connection.LastSeen = now;
            connection.Status = status;
        }

        await AddUsageAsync(db, connections, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var accountId in connections.Select(c => c.AccountId).Distinct())
        {
            await StopEmptySessionsAsync(db, accountId, now, cancellationToken);
        }
    }

    /// <summary>Stops the account's open sessions nobody is inside any more; returns their rooms.</summary>
    private static async Task<IReadOnlyList<long>> StopEmptySessionsAsync(SkyroomDbContext db, long accountId, long now, CancellationToken cancellationToken)
    {
        var empty = await db.Sessions
            .Where(s => s.AccountId == accountId && s.StopTime == null && !db.Connections.Any(c => c.SessionId == s.Id && c.StopTime == null))
            .ToListAsync(cancellationToken);
        foreach (var session in empty)
        {
            var lastOut = await db.Connections.Where(c => c.SessionId == session.Id).MaxAsync(c => c.StopTime, cancellationToken);
            session.StopTime = Math.Max(session.StartTime, Math.Min(now, lastOut ?? now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return empty.ConvertAll(s => s.RoomId);
    }

    /// <summary>
    /// Adds each connection's time not yet counted (up to its stop, or <paramref name="until"/> while open) to its
    /// room's, service's and user's <c>time_usage</c> and <c>time_total</c>, in set-based increments.
    /// </summary>
    private static async Task AddUsageAsync(SkyroomDbContext db, IReadOnlyCollection<Connection> connections, long? until, CancellationToken cancellationToken)
    {
        var deltas = new List<(Connection Connection, long Seconds)>();
        foreach (var connection in connections)
        {
            var end = connection.StopTime ?? until ?? connection.LastSeen;
            var seconds = Math.Max(0, end - connection.StartTime) - connection.CountedSeconds;
            if (seconds > 0)
            {
                connection.CountedSeconds += seconds;
                deltas.Add((connection, seconds));
            }
        }

        foreach (var (roomId, seconds) in Sum(deltas, c => c.RoomId))
        {
            await db.Rooms.Where(r => r.Id == roomId).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.TimeUsage, r => r.TimeUsage + seconds).SetProperty(r => r.TimeTotal, r => r.TimeTotal + seconds), cancellationToken);
        }

        foreach (var (serviceId, seconds) in Sum(deltas, c => c.ServiceId))
        {
            await db.Services.Where(s => s.Id == serviceId).ExecuteUpdateAsync(
                set => set.SetProperty(s => s.TimeUsage, s => s.TimeUsage + seconds).SetProperty(s => s.TimeTotal, s => s.TimeTotal + seconds), cancellationToken);
        }

        foreach (var (userId, seconds) in Sum(deltas.Where(d => d.Connection.UserId is not null).ToList(), c => c.UserId!.Value))
        {
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
                set => set.SetProperty(u => u.TimeUsage, u => u.TimeUsage + seconds).SetProperty(u => u.TimeTotal, u => u.TimeTotal + seconds), cancellationToken);
        }
    }

    private static IEnumerable<(long Key, long Seconds)> Sum(List<(Connection Connection, long Seconds)> deltas, Func<Connection, long> key) =>
        deltas.GroupBy(d => key(d.Connection)).Select(g => (g.Key, g.Sum(d => d.Seconds)));
}

/// <summary>For someone inside: the refusal that lets them out now, or else the deadline to warn them of (both may be null).</summary>
internal readonly record struct StayVerdict(EntryRefusal? Removal, Deadline? Warning);
