using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kelas.Skyroom.Entry;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

/// <summary>A room page as a test sees it: the status, the HTML and the entry ticket it carries (when it is a room page).</summary>
public sealed record RoomPage(HttpStatusCode Status, string Html, string? Ticket)
{
    /// <summary>The <c>data-reason</c> of a refusal page or of the login form's error; null on a room page.</summary>
    public string? Reason => Regex.Match(Html, "data-reason=\"([a-z_]+)\"") is { Success: true } m ? m.Groups[1].Value : null;
}

public static partial class RoomEntryFixtures
{
    /// <summary>An HTTP client that does not follow redirects or keep cookies, as a first visit would be.</summary>
    public static HttpClient PageClient(this KelasFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<RoomPage> GetRoomPageAsync(this KelasFactory factory, string url)
    {
        using var response = await factory.PageClient().GetAsync(ToPath(url));
        return await ReadPageAsync(response);
    }

    public static async Task<RoomPage> PostRoomFormAsync(this KelasFactory factory, string path, params (string Name, string Value)[] fields)
    {
        using var response = await factory.PageClient().PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
        return await ReadPageAsync(response);
    }

    /// <summary>Opens the room socket of <paramref name="page"/> and says hello with its ticket.</summary>
    public static async Task<RoomSocketClient> ConnectAsync(this KelasFactory factory, string account, string room, RoomPage page)
    {
        var ticket = page.Ticket ?? throw new InvalidOperationException($"Not a room page ({page.Status}, reason {page.Reason}).");
        return await factory.ConnectWithTicketAsync(account, room, ticket);
    }

    public static async Task<RoomSocketClient> ConnectWithTicketAsync(this KelasFactory factory, string account, string room, string ticket)
    {
        var client = factory.Server.CreateWebSocketClient();
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, $"/ch/{account}/{room}/socket"), CancellationToken.None);
        var connected = new RoomSocketClient(socket);
        await connected.SendAsync(new { type = "hello", ticket });
        return connected;
    }

    /// <summary>One round of presence work on the server (checkpoint, sweep, limits, lobby), as its timer would run it.</summary>
    public static async Task TickPresenceAsync(this KelasFactory factory) =>
        await factory.Services.GetRequiredService<RoomHub>().TickAsync(CancellationToken.None);

    private static async Task<RoomPage> ReadPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var ticket = TicketPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
        return new RoomPage(response.StatusCode, html, ticket);
    }

    private static string ToPath(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;

    [GeneratedRegex("data-ticket=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();
}

/// <summary>A test's end of a room socket: sends frames, and waits (bounded) for the next frame of a given type.</summary>
public sealed class RoomSocketClient(WebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly List<JsonElement> seen = [];

    public WebSocket Socket => socket;

    /// <summary>Every frame received so far, in order.</summary>
    public IReadOnlyList<JsonElement> Seen => seen;

    public Task SendAsync(object frame) => SendTextAsync(JsonSerializer.Serialize(frame));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next frame of <paramref name="type"/>, skipping others; fails after 10 s or when the socket closes first.</summary>
    public Task<JsonElement> NextAsync(string type) => NextAsyncAny(type);

    /// <summary>The next frame of any of <paramref name="types"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsyncAny(params string[] types)
    {
        var type = string.Join("|", types);
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var frame = await ReceiveAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The socket closed before a '{type}' frame; seen: {string.Join(", ", seen.Select(f => f.GetProperty("type").GetString()))}.");
            if (types.Contains(frame.GetProperty("type").GetString()))
            {
                return frame;
            }
        }
    }

    /// <summary>The next roster whose people satisfy <paramref name="until"/> (rosters are resent on every change).</summary>
    public async Task<JsonElement> RosterAsync(Func<IReadOnlyList<string>, bool> until)
    {
        while (true)
        {
            var roster = await NextAsync("roster");
            if (until(Nicknames(roster)))
            {
                return roster;
            }
        }
    }

    public static IReadOnlyList<string> Nicknames(JsonElement roster) =>
        roster.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("nickname").GetString()!).ToList();

    /// <summary>Waits until the server closes the socket; true when it did within the timeout.</summary>
    public async Task<bool> ClosedAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (await ReceiveAsync(timeout.Token) is not null)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task CloseAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException or IOException or ObjectDisposedException)
        {
        }

        socket.Dispose();
    }

    private async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
            {
                return null;
            }

            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), cancellationToken);
            count += result.Count;
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            return null;
        }

        using var json = JsonDocument.Parse(buffer.AsMemory(0, count));
        var frame = json.RootElement.Clone();
        seen.Add(frame);
        return frame;
    }
}
