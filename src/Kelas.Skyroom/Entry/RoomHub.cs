using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Presence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// This instance's room sockets: admits them through <see cref="RoomPresence"/>, keeps the lobby, passes signals
/// from the <see cref="IRoomBus"/> to the sockets they concern, and every tick vouches for its sockets, adds their
/// usage and applies the limits to them.
/// </summary>
internal sealed partial class RoomHub(RoomPresence presence, IRoomBus bus, ILogger<RoomHub> logger) : BackgroundService
{
    public const int HistorySize = 50;

    /// <summary>How long roster changes are gathered before one roster goes out for all of them.</summary>
    private static readonly TimeSpan RosterGathering = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<long, LiveSocket> inside = new();
    private readonly ConcurrentDictionary<LiveSocket, byte> lobby = new();
    private readonly SemaphoreSlim ticking = new(1, 1);

    /// <summary>This process among the instances sharing the database (stored on its connections).</summary>
    public string Instance { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public int InsideCount => inside.Count;

    public int LobbyCount => lobby.Count;

    /// <summary>Lets a socket in, puts it in the lobby, or refuses it (and closes it).</summary>
    public async Task EnterAsync(LiveSocket live, CancellationToken cancellationToken)
    {
        var admission = await presence.AdmitAsync(live.Who, Instance, cancellationToken);
        switch (admission.Decision.Verdict)
        {
            case EntryVerdict.Admit:
                await WelcomeAsync(live, admission, cancellationToken);
                break;
            case EntryVerdict.Lobby:
                lobby[live] = 0;
                await live.SendAsync(new RoomFrames.Lobby(LobbyMessage(live.Language)), RoomFrameJsonContext.Frames.Lobby);

                // An operator may have come in between the decision and joining the lobby.
                await RetryLobbyAsync(live.Who.RoomId, cancellationToken);
                break;
            default:
                await live.FinishAsync(admission.Decision.Refusal, refused: true);
                break;
        }
    }

    /// <summary>The socket went away on its own (tab closed, network lost): its seat is freed.</summary>
    public async Task LeaveAsync(LiveSocket live, CancellationToken cancellationToken)
    {
        lobby.TryRemove(live, out _);
        if (live.ConnectionId is not { } id || !inside.TryRemove(id, out _) || live.Finished)
        {
            return;
        }

        var closed = await presence.CloseAsync(live.Who.AccountId, [id], ConnectionStatus.Left, cancellationToken);
        if (closed.Count > 0)
        {
            await bus.PublishAsync(new RoomSignal(RoomSignalKind.Roster, live.Who.AccountId, live.Who.RoomId), cancellationToken);
        }
    }

    public async Task ChatAsync(LiveSocket live, string text, CancellationToken cancellationToken)
    {
        if (live.ConnectionId is not { } id || await presence.AddChatAsync(id, text, cancellationToken) is not { } message)
        {
            return;
        }

        var line = new ChatLine(message.Id, message.ConnectionId, message.Nickname, message.Access, message.Text, message.Time);
        await bus.PublishAsync(new RoomSignal(RoomSignalKind.Chat, live.Who.AccountId, live.Who.RoomId, Chat: line), cancellationToken);
    }

    /// <summary>An operator removes someone in the same room. False when that person is not inside it.</summary>
    public async Task<bool> RemoveAsync(LiveSocket operatorSocket, long target, CancellationToken cancellationToken)
    {
        var who = operatorSocket.Who;
        var roster = await presence.ReadRosterAsync(who.RoomId, cancellationToken);
        if (roster.People.All(p => p.Connection != target))
        {
            return false;
        }

        var closed = await presence.CloseAsync(who.AccountId, [target], ConnectionStatus.Removed, cancellationToken);
        await PublishClosedAsync(who.AccountId, who.RoomId, closed, EntryRefusal.Removed, cancellationToken);
        return closed.Count > 0;
    }

    /// <summary>An operator ends the session: everyone in the room is let out.</summary>
    public async Task EndSessionAsync(LiveSocket operatorSocket, CancellationToken cancellationToken)
    {
        var who = operatorSocket.Who;
        var closed = await presence.EndSessionAsync(who.AccountId, who.RoomId, cancellationToken);
        await PublishClosedAsync(who.AccountId, who.RoomId, closed, EntryRefusal.SessionEnded, cancellationToken);
    }

    /// <summary>
    /// One round of vouching and judging (run every <see cref="PresenceOptions.TickSeconds"/>; tests call it after
    /// moving their clock): checkpoint usage, close what others closed, sweep dead instances' leftovers, warn and let
    /// out those a limit has caught, and retry the lobby.
    /// </summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        await ticking.WaitAsync(cancellationToken);
        try
        {
            foreach (var account in inside.Values.GroupBy(s => s.Who.AccountId))
            {
                var closedElsewhere = await presence.CheckpointAsync(account.Key, account.Select(s => s.ConnectionId!.Value).ToList(), cancellationToken);
                foreach (var (id, status) in closedElsewhere)
                {
                    if (!inside.TryRemove(id, out var live))
                    {
                        continue;
                    }

                    // Normally the bus said so already; this covers a missed signal. A connection swept as lost while
                    // its socket lives (this instance stalled) is dropped, and the page reconnects.
                    await (status switch
                    {
                        ConnectionStatus.Removed => live.FinishAsync(EntryRefusal.Removed, refused: false),
                        ConnectionStatus.SessionEnded => live.FinishAsync(EntryRefusal.SessionEnded, refused: false),
                        ConnectionStatus.Deleted => live.FinishAsync(EntryRefusal.RoomNotFound, refused: false),
                        _ => live.DropAsync(),
                    });
                }
            }

            foreach (var (accountId, roomId) in await presence.SweepAsync(cancellationToken))
            {
                await bus.PublishAsync(new RoomSignal(RoomSignalKind.Roster, accountId, roomId), cancellationToken);
            }

            // Rosters are resent every round as well: that heals a missed signal, and with the in-process bus it is how
            // people entering through another instance over the same SQLite file show up.
            foreach (var roomId in inside.Values.Select(s => s.Who.RoomId).Distinct().ToList())
            {
                await SendRosterAsync(roomId, cancellationToken);
            }

            var verdicts = await presence.JudgeAsync(inside.Values.Select(s => (s.ConnectionId!.Value, s.Who)).ToList(), cancellationToken);
            var removals = verdicts
                .Where(v => v.Value.Removal is not null)
                .Select(v => (Id: v.Key, Reason: v.Value.Removal!.Value, Live: inside.GetValueOrDefault(v.Key)))
                .Where(r => r.Live is not null)
                .GroupBy(r => (r.Live!.Who.AccountId, r.Live.Who.RoomId, r.Reason));
            foreach (var removal in removals)
            {
                var closed = await presence.CloseAsync(removal.Key.AccountId, removal.Select(r => r.Id).ToList(), ConnectionStatus.LimitReached, cancellationToken);
                await PublishClosedAsync(removal.Key.AccountId, removal.Key.RoomId, closed, removal.Key.Reason, cancellationToken);
            }

            foreach (var (id, verdict) in verdicts)
            {
                if (verdict is { Removal: null, Warning: { } warning } && inside.TryGetValue(id, out var live))
                {
                    await live.SendAsync(
                        new RoomFrames.Warning(warning.Reason.Code(), warning.SecondsLeft, EntryTexts.Warning(warning.Reason, warning.SecondsLeft, live.Language)),
                        RoomFrameJsonContext.Frames.Warning);
                }
            }

            foreach (var roomId in lobby.Keys.Select(s => s.Who.RoomId).Distinct().ToList())
            {
                await RetryLobbyAsync(roomId, cancellationToken);
            }
        }
        finally
        {
            ticking.Release();
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bus.Resynchronise += () => _ = ResynchroniseAsync(stoppingToken);
        return Task.WhenAll(PumpAsync(stoppingToken), TickLoopAsync(stoppingToken));
    }

    /// <summary>On the way down, frees this instance's seats at once (not after the stale time) and lets the pages reconnect elsewhere.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var account in inside.Values.GroupBy(s => s.Who.AccountId))
        {
            try
            {
                await presence.CloseAsync(account.Key, account.Select(s => s.ConnectionId!.Value).ToList(), ConnectionStatus.Left, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, "closing connections at shutdown");
            }
        }

        foreach (var live in inside.Values.Concat(lobby.Keys))
        {
            await live.DropAsync();
        }
    }

    private async Task PumpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var reader = bus.Subscribe();
            var batch = new List<RoomSignal>();
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < 1000 && reader.TryRead(out var signal))
                {
                    batch.Add(signal);
                }

                // Arrivals come in waves when a class starts: gathering a moment longer turns a wave's rosters into one.
                if (batch.Exists(signal => signal.Kind == RoomSignalKind.Roster))
                {
                    await Task.Delay(RosterGathering, stoppingToken);
                    while (batch.Count < 1000 && reader.TryRead(out var signal))
                    {
                        batch.Add(signal);
                    }
                }

                foreach (var signal in Coalesce(batch))
                {
                    try
                    {
                        await HandleAsync(signal, stoppingToken);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        LogFailed(logger, exception, "handling a room signal");
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task TickLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(presence.Options.TickSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await TickAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, exception, "the presence tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task HandleAsync(RoomSignal signal, CancellationToken cancellationToken)
    {
        switch (signal.Kind)
        {
            case RoomSignalKind.Roster:
                await SendRosterAsync(signal.RoomId, cancellationToken);
                await RetryLobbyAsync(signal.RoomId, cancellationToken);
                break;
            case RoomSignalKind.Chat when signal.Chat is { } line:
                var frame = JsonSerializer.SerializeToUtf8Bytes(RoomFrames.Chat.From(line), RoomFrameJsonContext.Frames.Chat);
                foreach (var live in InRoom(signal.RoomId))
                {
                    await live.SendAsync(frame);
                }

                break;
            case RoomSignalKind.Close when signal.Connections is { } ids:
                var reason = EntryRefusals.FromCode(signal.Reason) ?? EntryRefusal.Removed;
                foreach (var id in ids)
                {
                    if (inside.TryRemove(id, out var live))
                    {
                        await live.FinishAsync(reason, refused: false);
                    }
                }

                await SendRosterAsync(signal.RoomId, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// The signals that arrived together, with a room's roster changes folded into one (its last place in the
    /// batch): when a class walks in at once, each socket gets one roster per batch instead of one per arrival.
    /// </summary>
    internal static IEnumerable<RoomSignal> Coalesce(IReadOnlyList<RoomSignal> batch)
    {
        var lastRoster = new Dictionary<long, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Kind == RoomSignalKind.Roster)
            {
                lastRoster[batch[i].RoomId] = i;
            }
        }

        return batch.Where((signal, i) => signal.Kind != RoomSignalKind.Roster || lastRoster[signal.RoomId] == i);
    }

    private async Task ResynchroniseAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var roomId in inside.Values.Select(s => s.Who.RoomId).Concat(lobby.Keys.Select(s => s.Who.RoomId)).Distinct().ToList())
            {
                await HandleAsync(new RoomSignal(RoomSignalKind.Roster, 0, roomId), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, "resynchronising rooms");
        }
    }

    private async Task WelcomeAsync(LiveSocket live, Admission admission, CancellationToken cancellationToken)
    {
        var connection = admission.Connection!;
        live.ConnectionId = connection.Id;
        inside[connection.Id] = live;
        await live.SendAsync(
            new RoomFrames.Welcome(connection.Id, connection.Nickname, connection.Access, connection.IsGuest, connection.Access >= 3, presence.Now),
            RoomFrameJsonContext.Frames.Welcome);
        var history = await presence.ReadHistoryAsync(connection.SessionId, HistorySize, cancellationToken);
        await live.SendAsync(
            new RoomFrames.History(history.Select(m => new ChatLine(m.Id, m.ConnectionId, m.Nickname, m.Access, m.Text, m.Time)).ToList()),
            RoomFrameJsonContext.Frames.History);
        await bus.PublishAsync(new RoomSignal(RoomSignalKind.Roster, live.Who.AccountId, live.Who.RoomId), cancellationToken);
    }

    private async Task RetryLobbyAsync(long roomId, CancellationToken cancellationToken)
    {
        foreach (var waiting in lobby.Keys.Where(s => s.Who.RoomId == roomId).ToList())
        {
            var admission = await presence.AdmitAsync(waiting.Who, Instance, cancellationToken);
            if (admission.Decision.Verdict == EntryVerdict.Lobby || !lobby.TryRemove(waiting, out _))
            {
                continue;
            }

            if (admission.Decision.Verdict == EntryVerdict.Admit)
            {
                await WelcomeAsync(waiting, admission, cancellationToken);
            }
            else
            {
                await waiting.FinishAsync(admission.Decision.Refusal, refused: true);
            }
        }
    }

    private async Task SendRosterAsync(long roomId, CancellationToken cancellationToken)
    {
        var sockets = InRoom(roomId).ToList();
        if (sockets.Count == 0)
        {
            return;
        }

        var roster = await presence.ReadRosterAsync(roomId, cancellationToken);
        var frame = JsonSerializer.SerializeToUtf8Bytes(
            new RoomFrames.Roster(roster.Session is { } s ? new RoomFrames.SessionInfo(s.Id, s.StartTime) : null, presence.Now, roster.People),
            RoomFrameJsonContext.Frames.Roster);
        foreach (var live in sockets)
        {
            await live.SendAsync(frame);
        }
    }

    private async Task PublishClosedAsync(long accountId, long roomId, IReadOnlyList<long> closed, EntryRefusal reason, CancellationToken cancellationToken)
    {
        if (closed.Count > 0)
        {
            await bus.PublishAsync(new RoomSignal(RoomSignalKind.Close, accountId, roomId, Connections: [.. closed], Reason: reason.Code()), cancellationToken);
        }
    }

    private IEnumerable<LiveSocket> InRoom(long roomId) => inside.Values.Where(s => s.Who.RoomId == roomId);

    private static string LobbyMessage(EntryLanguage language) => language.IsPersian
        ? "جلسه هنوز شروع نشده است. به محض ورود اپراتور، وارد اتاق می‌شوید."
        : "The session has not started yet. You will be let in as soon as an operator arrives.";

    [LoggerMessage(Level = LogLevel.Error, Message = "Room presence failed while {Activity}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string activity);
}
