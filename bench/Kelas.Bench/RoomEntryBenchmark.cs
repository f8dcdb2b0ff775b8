using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kelas.Server;
using Kelas.Skyroom.Entry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Bench;

/// <summary>
/// Room entry over real HTTP and WebSockets (Kestrel on 127.0.0.1): N people entering one room through
/// <c>createLoginUrl</c> links at bounded concurrency (page GET, socket, hello, admission, up to <c>welcome</c>), a chat
/// line fanned out to everyone inside, and one presence round (<see cref="RoomHub.TickAsync"/>). Each is compared with a
/// floor measured in the same run: a minimal Kestrel app in this process that serves a small page and answers a socket's
/// first frame with one JSON frame, and broadcasts what it is sent to every socket it holds.
/// </summary>
internal static partial class RoomEntryBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var people = Math.Max(2, Options.Int(args, "--people", 200));
        var concurrency = Math.Max(1, Options.Int(args, "--concurrency", 16));
        var messages = Math.Max(1, Options.Int(args, "--messages", 50));
        var rounds = Math.Max(1, Options.Int(args, "--rounds", 10));
        var directory = Directory.CreateTempSubdirectory("kelas-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "kelas.db")}";
        var tabs = new List<Tab>();
        try
        {
            var key = await CreateAccountAsync(connectionString, Math.Max(1000, people + concurrency));

            // The API's per-key rate limit (500 a minute) is raised only so the links can be made quickly; entry does not use the API.
            await using var app = KelasServer.Create(
            [
                "--Database:Provider=sqlite", $"--ConnectionStrings:Kelas={connectionString}", "--Kelas:SeedDemo=false",
                "--Skyroom:Presence:TickSeconds=30", "--Skyroom:RateLimitPerMinute=1000000",
                "--Logging:LogLevel:Kelas.Requests=Warning", "--urls=http://127.0.0.1:0",
            ]);
            await app.StartAsync();
            await using var floor = await FloorApp.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var hub = app.Services.GetRequiredService<RoomHub>();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = address, Timeout = Patience };
            var api = "/skyroom/api/" + key;
            var watch = new ChatWatch();

            var warmRoom = await CallAsync(http, api, "createRoom", new { name = "bench-warm-up", title = "warm-up" });
            var roomId = await CallAsync(http, api, "createRoom", new { name = "bench-room", title = "کلاس سنجش" });
            var warmLinks = await LinksAsync(http, api, warmRoom.GetInt64(), "w", concurrency);
            var links = await LinksAsync(http, api, roomId.GetInt64(), "u", people);
            var floorLinks = Enumerable.Range(0, people + concurrency).Select(i => new Uri(floor.Address, "/page/" + i).ToString()).ToList();

            // Warm-up: JIT, pools and both servers' first sockets, in a room of its own that is emptied again.
            var warmFloor = await EnterAllAsync(http, floorLinks.Take(concurrency).ToList(), concurrency, watch, tabs);
            var warmKelas = await EnterAllAsync(http, warmLinks, concurrency, watch, tabs);
            await FanOutAsync(warmKelas.Tabs, watch, 2, "warm-kelas");
            await FanOutAsync(warmFloor.Tabs, watch, 2, "warm-floor");
            await CloseAllAsync(warmKelas.Tabs.Concat(warmFloor.Tabs).ToList(), concurrency);
            tabs.Clear();
            await WaitAsync(() => hub.InsideCount == 0 && floor.Count == 0, "the warm-up tabs to leave");

            // 1. Entry.
            var floorEntry = await EnterAllAsync(http, floorLinks.Skip(concurrency).ToList(), concurrency, watch, tabs);
            var kelasEntry = await EnterAllAsync(http, links, concurrency, watch, tabs);
            var settling = Stopwatch.StartNew();
            await WaitAsync(() => kelasEntry.Tabs.All(t => t.RosterPeople == people), "every tab's roster to show everyone");
            var settled = settling.Elapsed.TotalMilliseconds;
            var rosterFrames = kelasEntry.Tabs.Sum(t => t.RosterFrames);
            var rosterBytes = kelasEntry.Tabs.Sum(t => t.RosterBytes);

            // 2. Chat fan-out to everyone inside, one message at a time, each from a different sender.
            var floorChat = await FanOutAsync(floorEntry.Tabs, watch, messages, "floor");
            var kelasChat = await FanOutAsync(kelasEntry.Tabs, watch, messages, "kelas");

            // 3. A presence round with everyone inside, against the least a round must do: vouch for the room's open rows
            //    in one UPDATE, read the roster back, and send one roster-sized frame to as many sockets.
            var floorRound = await Measure.RunAsync(rounds, () => FloorRoundAsync(connectionString, roomId.GetInt64(), floor));
            var kelasRound = await Measure.RunAsync(rounds, async () =>
            {
                await hub.TickAsync(CancellationToken.None);
                return 0;
            });
            var countRooms = await Measure.RunAsync(rounds * 5, () => CallAsync(http, api, "countRooms", null));
            var inside = hub.InsideCount;

            var leaving = Stopwatch.StartNew();
            await CloseAllAsync(tabs, concurrency);
            tabs.Clear();
            await WaitAsync(() => hub.InsideCount == 0 && floor.Count == 0, "everyone to leave");
            var left = leaving.Elapsed.TotalMilliseconds;
            await app.StopAsync();

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{people} people into one room at concurrency {concurrency}, {messages} chat lines, {rounds} rounds; {Environment.ProcessorCount} cores; {inside} inside before leaving"));
            Console.WriteLine();
            Console.WriteLine("| entry (page GET to welcome) | page GET median ms | median ms | p95 ms | p99 ms | entries/s | first 10% median ms | last 10% median ms | ratio (median) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(Row("floor: minimal Kestrel page + socket + one round trip", floorEntry, floorEntry));
            Console.WriteLine(Row("Kelas: login link page + socket + hello + admission", kelasEntry, floorEntry));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rosters settled {settled:F0} ms after the last welcome; during entry the {people} tabs received {rosterFrames:N0} roster frames, {rosterBytes / 1e6:F1} MB"));
            Console.WriteLine();
            Console.WriteLine($"| chat fan-out to {people} sockets (send to last receipt) | median ms | p95 ms | ratio (median) |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| floor: broadcast of the frame as received | {floorChat.Median:F2} | {floorChat.P95:F2} | 1.00 |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| Kelas: chat (stored, bus, fan-out) | {kelasChat.Median:F2} | {kelasChat.P95:F2} | {kelasChat.Median / floorChat.Median:F2} |"));
            Console.WriteLine();
            Console.WriteLine($"| presence round with {people} inside | median ms | p95 ms | ratio (median) |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| floor: one UPDATE of last_seen + roster read + one roster frame to {people} sockets | {floorRound.Median:F2} | {floorRound.P95:F2} | 1.00 |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| Kelas: RoomHub.TickAsync | {kelasRound.Median:F2} | {kelasRound.P95:F2} | {kelasRound.Median / floorRound.Median:F2} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| (reference) countRooms API call | {countRooms.Median:F2} | {countRooms.P95:F2} | {countRooms.Median / floorRound.Median:F2} |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"everyone left (sockets closed to hub empty) in {left:F0} ms"));
            return 0;
        }
        finally
        {
            await CloseAllAsync(tabs, concurrency);
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Row(string name, Entries entries, Entries baseline) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {entries.PageMedian:F1} | {entries.Median:F1} | {entries.P95:F1} | {entries.P99:F1} | {entries.PerSecond:F0} | {entries.FirstTenthMedian:F1} | {entries.LastTenthMedian:F1} | {entries.Median / baseline.Median:F2} |");

    private static async Task<string> CreateAccountAsync(string connectionString, int userLimit)
    {
        var configuration = new Dictionary<string, string?> { ["Database:Provider"] = "sqlite", ["ConnectionStrings:Kelas"] = connectionString };
        var output = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(["skyroom", "account", "create", "bench", "--json"], configuration, output, Console.Error);
        exit += await OperatorCommandLine.RunAsync(
            ["skyroom", "service", "create", "bench", "--title", "bench", "--user-limit", userLimit.ToString(CultureInfo.InvariantCulture), "--video-limit", "10"],
            configuration, TextWriter.Null, Console.Error);
        if (exit != 0)
        {
            throw new InvalidOperationException("could not create the benchmark account");
        }

        using var created = JsonDocument.Parse(output.ToString());
        return created.RootElement.GetProperty("api_key").GetString()!;
    }

    private static async Task<JsonElement> CallAsync(HttpClient http, string path, string action, object? parameters)
    {
        using var response = await http.PostAsJsonAsync(path, new { action, @params = parameters });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.TryGetProperty("ok", out var ok) && ok.GetBoolean()
            ? body.RootElement.GetProperty("result").Clone()
            : throw new InvalidOperationException($"{action} failed: {body.RootElement}");
    }

    private static async Task<List<string>> LinksAsync(HttpClient http, string api, long roomId, string prefix, int count)
    {
        var links = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var id = prefix + i.ToString(CultureInfo.InvariantCulture);
            var link = await CallAsync(http, api, "createLoginUrl", new { room_id = roomId, user_id = id, nickname = "دانشجو " + id, access = 1, concurrent = 1 });
            links.Add(link.GetString()!);
        }

        return links;
    }

    private sealed record Entries(List<Tab> Tabs, double Median, double P95, double P99, double PerSecond, double PageMedian, double FirstTenthMedian, double LastTenthMedian);

    /// <summary>Everyone in <paramref name="links"/> enters, at most <paramref name="concurrency"/> at a time; the tabs stay open.</summary>
    private static async Task<Entries> EnterAllAsync(HttpClient http, List<string> links, int concurrency, ChatWatch watch, List<Tab> opened)
    {
        var times = new double[links.Count];
        var pages = new double[links.Count];
        var entered = new Tab[links.Count];
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, links.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var start = Stopwatch.GetTimestamp();
            var html = await http.GetStringAsync(links[i], ct);
            pages[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var socketPath = WebUtility.HtmlDecode(SocketAttribute().Match(html).Groups[1].Value);
            var ticket = WebUtility.HtmlDecode(TicketAttribute().Match(html).Groups[1].Value);
            var tab = new Tab(watch);
            lock (opened)
            {
                opened.Add(tab);
            }

            await tab.Socket.ConnectAsync(new Uri(new Uri(links[i].Replace("http://", "ws://", StringComparison.Ordinal)), socketPath), ct);
            await tab.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "hello", ticket }));
            await tab.WelcomedAsync(ct);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            entered[i] = tab;
        });
        var seconds = wall.Elapsed.TotalSeconds;
        var tenth = Math.Max(1, links.Count / 10);
        var first = times[..tenth];
        var last = times[^tenth..];
        Array.Sort(first);
        Array.Sort(last);
        Array.Sort(times);
        Array.Sort(pages);
        return new Entries([.. entered], Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), links.Count / seconds, Percentile(pages, 0.50), Percentile(first, 0.50), Percentile(last, 0.50));
    }

    /// <summary>One chat line at a time, each from the next tab; the time from its send until the last tab received it.</summary>
    private static async Task<Measure.Stats> FanOutAsync(List<Tab> tabs, ChatWatch watch, int messages, string prefix)
    {
        var times = new double[messages];
        for (var k = 0; k < messages; k++)
        {
            var text = prefix + "-" + k.ToString(CultureInfo.InvariantCulture);
            var arrival = watch.Expect(text, tabs.Count);
            var start = Stopwatch.GetTimestamp();
            await tabs[k % tabs.Count].SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "chat", text }));
            var last = await arrival.WaitAsync(Patience);
            times[k] = Stopwatch.GetElapsedTime(start, last).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measure.Stats(Percentile(times, 0.50), Percentile(times, 0.95));
    }

    private static async Task<int> FloorRoundAsync(string connectionString, long roomId, FloorApp floor)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var vouch = connection.CreateCommand();
        vouch.CommandText = "UPDATE skyroom_connections SET last_seen = $now WHERE room_id = $room AND stop_time IS NULL";
        vouch.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        vouch.Parameters.AddWithValue("$room", roomId);
        await vouch.ExecuteNonQueryAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT id, nickname, access, is_guest FROM skyroom_connections WHERE room_id = $room AND stop_time IS NULL ORDER BY start_time, id";
        read.Parameters.AddWithValue("$room", roomId);
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "roster");
            writer.WriteStartArray("people");
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                writer.WriteStartObject();
                writer.WriteNumber("connection", reader.GetInt64(0));
                writer.WriteString("nickname", reader.GetString(1));
                writer.WriteNumber("access", reader.GetInt32(2));
                writer.WriteBoolean("guest", reader.GetBoolean(3));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await transaction.CommitAsync();
        await floor.BroadcastAsync(buffer.ToArray());
        return 0;
    }

    private static async Task CloseAllAsync(List<Tab> tabs, int concurrency)
    {
        await Parallel.ForEachAsync(tabs.ToList(), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (tab, _) => await tab.CloseAsync());
    }

    private static async Task WaitAsync(Func<bool> done, string what)
    {
        var waiting = Stopwatch.StartNew();
        while (!done())
        {
            if (waiting.Elapsed > Patience)
            {
                throw new TimeoutException("gave up waiting for " + what);
            }

            await Task.Delay(5);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(sorted.Length * p) - 1, 0, sorted.Length - 1)];

    [GeneratedRegex("data-ticket=\"([^\"]*)\"")]
    private static partial Regex TicketAttribute();

    [GeneratedRegex("data-socket=\"([^\"]*)\"")]
    private static partial Regex SocketAttribute();

    /// <summary>Chat lines expected on every tab: completes with the timestamp of the last arrival.</summary>
    private sealed class ChatWatch
    {
        private readonly ConcurrentDictionary<string, Arrivals> expected = new();

        public Task<long> Expect(string text, int tabs)
        {
            var arrivals = new Arrivals(tabs);
            expected[text] = arrivals;
            return arrivals.Last.Task;
        }

        public void Seen(string text, long timestamp)
        {
            if (expected.TryGetValue(text, out var arrivals) && Interlocked.Decrement(ref arrivals.Missing) == 0)
            {
                expected.TryRemove(text, out _);
                arrivals.Last.TrySetResult(timestamp);
            }
        }

        private sealed class Arrivals(int tabs)
        {
            public int Missing = tabs;

            public TaskCompletionSource<long> Last { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>
    /// One client socket. After <c>welcome</c> it keeps reading in the background (a tab that stops reading would stall
    /// the server's sends): roster frames are counted without being parsed, chat lines are reported to the watch.
    /// </summary>
    private sealed class Tab(ChatWatch watch)
    {
        private static readonly byte[] RosterPrefix = "{\"type\":\"roster\""u8.ToArray();
        private static readonly byte[] ChatPrefix = "{\"type\":\"chat\""u8.ToArray();
        private static readonly byte[] WelcomePrefix = "{\"type\":\"welcome\""u8.ToArray();
        private static readonly byte[] PersonKey = "\"connection\":"u8.ToArray();

        private byte[] buffer = new byte[4096];
        private Task? reading;
        private int rosterPeople;

        public ClientWebSocket Socket { get; } = new();

        /// <summary>People in the last roster received (written by the reading task, polled by the driver).</summary>
        public int RosterPeople => Volatile.Read(ref rosterPeople);

        public int RosterFrames { get; private set; }

        public long RosterBytes { get; private set; }

        public Task SendAsync(byte[] frame) => Socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        /// <summary>Reads until <c>welcome</c>, then goes on reading in the background.</summary>
        public async Task WelcomedAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var count = await ReceiveAsync(cancellationToken)
                    ?? throw new InvalidOperationException("the socket closed before welcome");
                if (buffer.AsSpan(0, count).StartsWith(WelcomePrefix))
                {
                    break;
                }

                if (!Handle(count))
                {
                    throw new InvalidOperationException("not admitted: " + Encoding.UTF8.GetString(buffer, 0, count));
                }
            }

            reading = Task.Run(ReadAsync, CancellationToken.None);
        }

        public async Task CloseAsync()
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                if (Socket.State == WebSocketState.Open)
                {
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
                }

                if (reading is not null)
                {
                    await reading.WaitAsync(timeout.Token);
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
            {
                Socket.Abort();
            }
            finally
            {
                Socket.Dispose();
            }
        }

        private async Task ReadAsync()
        {
            try
            {
                while (await ReceiveAsync(CancellationToken.None) is { } count)
                {
                    Handle(count);
                }
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
        }

        /// <summary>False for a frame that means "not admitted" (refused, closed).</summary>
        private bool Handle(int count)
        {
            var frame = buffer.AsSpan(0, count);
            if (frame.StartsWith(ChatPrefix))
            {
                var received = Stopwatch.GetTimestamp();
                using var json = JsonDocument.Parse(buffer.AsMemory(0, count));
                watch.Seen(json.RootElement.GetProperty("text").GetString()!, received);
            }
            else if (frame.StartsWith(RosterPrefix))
            {
                var people = 0;
                int at;
                while ((at = frame.IndexOf(PersonKey)) >= 0)
                {
                    people++;
                    frame = frame[(at + PersonKey.Length)..];
                }

                RosterFrames++;
                RosterBytes += count;
                Volatile.Write(ref rosterPeople, people);
            }
            else if (frame.StartsWith("{\"type\":\"refused\""u8) || frame.StartsWith("{\"type\":\"closed\""u8))
            {
                return false;
            }

            return true;
        }

        /// <summary>The next text frame's length in <see cref="buffer"/> (grown as needed); null when the socket closed.</summary>
        private async Task<int?> ReceiveAsync(CancellationToken cancellationToken)
        {
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var result = await Socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                count += result.Count;
                if (result.EndOfMessage)
                {
                    return count;
                }
            }
        }
    }

    /// <summary>
    /// The floor: a minimal Kestrel app (slim builder, no logging) on 127.0.0.1 that serves a small page carrying a socket
    /// path and a ticket, answers a socket's first frame with one JSON frame, then broadcasts every frame it receives to
    /// all its sockets (serialised once, sent to each in turn, one send at a time per socket, as the hub does).
    /// </summary>
    private sealed class FloorApp : IAsyncDisposable
    {
        private static readonly byte[] Welcome = """{"type":"welcome"}"""u8.ToArray();
        private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> sockets = new();
        private WebApplication? app;

        public Uri Address { get; private set; } = null!;

        public int Count => sockets.Count;

        public static async Task<FloorApp> StartAsync()
        {
            var floor = new FloorApp();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.UseWebSockets();
            app.MapGet("/page/{id}", (string id) => Results.Content(
                $"""<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>floor</title></head><body><main id="room" data-socket="/socket" data-ticket="ticket-{id}&amp;x"></main></body></html>""",
                "text/html; charset=utf-8"));
            app.Map("/socket", floor.RunSocketAsync);
            await app.StartAsync();
            floor.app = app;
            floor.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return floor;
        }

        public async Task BroadcastAsync(byte[] frame)
        {
            foreach (var (socket, sending) in sockets)
            {
                await sending.WaitAsync();
                try
                {
                    if (socket.State == WebSocketState.Open)
                    {
                        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                    }
                }
                catch (WebSocketException)
                {
                }
                finally
                {
                    sending.Release();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        private async Task RunSocketAsync(HttpContext http)
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[16 * 1024];
            try
            {
                var first = await socket.ReceiveAsync(buffer.AsMemory(), http.RequestAborted);
                if (first.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                sockets[socket] = new SemaphoreSlim(1, 1);
                await sockets[socket].WaitAsync();
                try
                {
                    await socket.SendAsync(Welcome, WebSocketMessageType.Text, endOfMessage: true, http.RequestAborted);
                }
                finally
                {
                    sockets[socket].Release();
                }

                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer.AsMemory(), http.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }

                    await BroadcastAsync(buffer.AsSpan(0, result.Count).ToArray());
                }

                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
            finally
            {
                sockets.TryRemove(socket, out _);
            }
        }
    }
}
