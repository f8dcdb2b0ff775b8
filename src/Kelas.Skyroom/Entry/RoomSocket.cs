using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Kelas.Skyroom.Data;
using Microsoft.AspNetCore.Http;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// One room socket from <c>hello</c> to goodbye: reads the ticket, hands the socket to the <see cref="RoomHub"/>, then
/// reads the browser's frames (chat, remove, end, ping) until the socket closes.
/// </summary>
internal static class RoomSocket
{
    public const int MaxFrameBytes = 16 * 1024;
    public const int MaxChatLength = 1000;
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(HttpContext http, Account account, Room room, RoomHub hub, TimeProvider clock)
    {
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var aborted = http.RequestAborted;
        LiveSocket? live = null;
        try
        {
            using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            helloTimeout.CancelAfter(HelloTimeout);
            var hello = await ReceiveAsync(socket, helloTimeout.Token);
            var ticket = hello is { } frame && Text(frame, "type") == "hello" ? Text(frame, "ticket") : null;
            var who = EntryTickets.Read(Convert.FromBase64String(account.LoginSecret), ticket, room.Id, clock.GetUtcNow().ToUnixTimeSeconds());
            if (who is null || who.AccountId != account.Id)
            {
                await new LiveSocket(socket, Anonymous(account, room)).FinishAsync(EntryRefusal.TicketInvalid, refused: true);
                return;
            }

            live = new LiveSocket(socket, who);
            await hub.EnterAsync(live, aborted);
            var chatBudget = new ChatBudget(clock);
            while (!live.Finished && await ReceiveAsync(socket, aborted) is { } message)
            {
                await HandleAsync(hub, live, message, chatBudget, clock, aborted);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
            // The tab went away, or sent something that is not a frame; either way this socket is done.
        }
        finally
        {
            if (live is not null)
            {
                await hub.LeaveAsync(live, CancellationToken.None);
            }

            await AnswerCloseAsync(socket);
        }
    }

    private static async Task HandleAsync(RoomHub hub, LiveSocket live, JsonElement frame, ChatBudget budget, TimeProvider clock, CancellationToken cancellationToken)
    {
        var inside = live.ConnectionId is not null;
        switch (Text(frame, "type"))
        {
            case "ping":
                await live.SendAsync(new RoomFrames.Pong(clock.GetUtcNow().ToUnixTimeSeconds()), RoomFrameJsonContext.Frames.Pong);
                break;
            case "chat" when inside:
                var text = Text(frame, "text")?.Trim();
                if (string.IsNullOrEmpty(text) || text.Length > MaxChatLength || !IsPrintable(text))
                {
                    await ErrorAsync(live, live.Language.IsPersian ? "پیام باید بین ۱ تا ۱۰۰۰ حرف و بدون نویسه‌های کنترلی باشد." : "A message must be 1 to 1,000 characters, without control characters.");
                }
                else if (!budget.TryTake())
                {
                    await ErrorAsync(live, live.Language.IsPersian ? "پیام‌ها بیش از حد سریع ارسال می‌شوند. کمی صبر کنید." : "Messages are coming too fast. Wait a moment.");
                }
                else
                {
                    await hub.ChatAsync(live, text, cancellationToken);
                }

                break;
            case "remove" when inside && live.Who.IsOperator:
                if (!frame.TryGetProperty("connection", out var target) || target.ValueKind != JsonValueKind.Number || !target.TryGetInt64(out var id)
                    || !await hub.RemoveAsync(live, id, cancellationToken))
                {
                    await ErrorAsync(live, live.Language.IsPersian ? "این شرکت‌کننده در اتاق نیست." : "That participant is not in the room.");
                }

                break;
            case "end" when inside && live.Who.IsOperator:
                await hub.EndSessionAsync(live, cancellationToken);
                break;
            case "remove" or "end" when inside:
                await ErrorAsync(live, live.Language.IsPersian ? "فقط اپراتور می‌تواند این کار را انجام دهد." : "Only an operator can do that.");
                break;
            case "hello":
                break;
            default:
                if (inside)
                {
                    await ErrorAsync(live, live.Language.IsPersian ? "پیام نامعتبر است." : "That frame was not understood.");
                }

                break;
        }
    }

    /// <summary>Completes the closing handshake the browser started (it waits for the answer).</summary>
    private static async Task AnswerCloseAsync(WebSocket socket)
    {
        if (socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static Task ErrorAsync(LiveSocket live, string message) =>
        live.SendAsync(new RoomFrames.Error(message), RoomFrameJsonContext.Frames.Error);

    /// <summary>The next text frame as a JSON object; null when the socket closed. Oversized or binary frames close it.</summary>
    private static async Task<JsonElement?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxFrameBytes);
        try
        {
            while (true)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (count == MaxFrameBytes)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "frame too large", cancellationToken);
                        return null;
                    }

                    result = await socket.ReceiveAsync(buffer.AsMemory(count, MaxFrameBytes - count), cancellationToken);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                if (result.MessageType != WebSocketMessageType.Text)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(buffer.AsMemory(0, count), new JsonDocumentOptions { MaxDepth = 8 });
                    if (json.RootElement.ValueKind == JsonValueKind.Object)
                    {
                        return json.RootElement.Clone();
                    }
                }
                catch (JsonException)
                {
                    // Not JSON (or not UTF-8): ignored like any frame the server does not understand.
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Text(JsonElement frame, string name) =>
        frame.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>No control characters but new lines and tabs, and well-formed UTF-16 (the database stores UTF-8).</summary>
    private static bool IsPrintable(string text) =>
        !text.Any(c => char.IsControl(c) && c is not '\n' and not '\t') && !HasLoneSurrogate(text);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static EntryIdentity Anonymous(Account account, Room room) =>
        new(account.Id, room.Id, EntryKind.Guest, "", null, null, "", 1, 0, "fa");

    /// <summary>At most 20 chat lines in any 10 seconds from one tab.</summary>
    private sealed class ChatBudget(TimeProvider clock)
    {
        private readonly Queue<DateTimeOffset> sent = new();

        public bool TryTake()
        {
            var now = clock.GetUtcNow();
            while (sent.Count > 0 && now - sent.Peek() >= TimeSpan.FromSeconds(10))
            {
                sent.Dequeue();
            }

            if (sent.Count >= 20)
            {
                return false;
            }

            sent.Enqueue(now);
            return true;
        }
    }
}
