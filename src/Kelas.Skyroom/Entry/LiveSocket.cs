using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// One browser tab's room socket on this instance: who it is, its connection once admitted, and sends that never
/// overlap (a WebSocket allows one send at a time). Sends to a socket that has gone are dropped quietly.
/// </summary>
internal sealed class LiveSocket(WebSocket socket, EntryIdentity who)
{
    /// <summary>Close status for "let out, do not reconnect" (room.js stops on it).</summary>
    public const WebSocketCloseStatus FinalClose = (WebSocketCloseStatus)4000;

    private readonly SemaphoreSlim sending = new(1, 1);
    private int finished;

    public EntryIdentity Who { get; } = who;

    public EntryLanguage Language { get; } = EntryLanguage.Parse(who.Language);

    /// <summary>Set once admitted.</summary>
    public long? ConnectionId { get; set; }

    /// <summary>True once the server let this socket out (its connection row is already closed by whoever did).</summary>
    public bool Finished => Volatile.Read(ref finished) == 1;

    public Task SendAsync<T>(T frame, JsonTypeInfo<T> type) => SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, type));

    /// <summary>Sends a frame already written (a broadcast writes its frame once for all its sockets).</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        await sending.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The tab is gone; its receive loop notices and cleans up.
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Tells the page why it is let out (or not let in) and closes the socket; only the first call does anything.</summary>
    public async Task FinishAsync(EntryRefusal reason, bool refused)
    {
        if (Interlocked.Exchange(ref finished, 1) == 1)
        {
            return;
        }

        await SendAsync(
            new RoomFrames.Notice(refused ? "refused" : "closed", reason.Code(), EntryTexts.Title(reason, Language), EntryTexts.Message(reason, Language)),
            RoomFrameJsonContext.Frames.Notice);
        await CloseAsync(FinalClose, reason.Code());
    }

    /// <summary>Closes without a notice; the page reconnects (used when this instance lost the connection's row).</summary>
    public Task DropAsync() =>
        Interlocked.Exchange(ref finished, 1) == 1 ? Task.CompletedTask : CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "reconnect");

    private async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        await sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, description, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            sending.Release();
        }
    }
}
