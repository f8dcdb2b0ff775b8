using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Kelas.Server;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Bench;

/// <summary>
/// Short links: (1) <c>shortlink-stats</c> — service 46414 on a link with 1,000,000 stored visits against the same call
/// on a link with none, measured in the same run; (2) <c>shortlink-count</c> — a bounded number of redirects over real
/// HTTP at 32 connections, then the stored counter must equal what was sent. Both on 127.0.0.1 only.
/// </summary>
internal static class ShortLinkBenchmark
{
    private static readonly string[] Referrers = ["https://www.google.com/", "https://t.me/", "https://lms.example.ir/course/7", "https://divar.ir/", ""];
    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    ];

    private static readonly IPAddress[] Addresses = new[] { "5.160.0.1", "2.144.0.1", "8.8.8.8", "185.143.232.1", "91.98.0.1" }.Select(IPAddress.Parse).ToArray();

    public static async Task<int> StatisticsAsync(string[] args)
    {
        var visits = Options.Int(args, "--visits", 1_000_000);
        var runs = Options.Int(args, "--runs", 50);
        await using var server = await BenchServer.StartAsync();
        var gateway = await server.CreateBusinessAsync();
        var busy = await gateway.AddAsync("https://example.com/busy");
        var quiet = await gateway.AddAsync("https://example.com/quiet");
        var linkId = await server.LinkIdAsync(busy);

        var queue = server.App.Services.GetRequiredService<VisitQueue>();
        var writer = server.App.Services.GetRequiredService<VisitWriter>();
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var span = (long)TimeSpan.FromDays(28).TotalMilliseconds;
        var seeding = Stopwatch.StartNew();
        for (var i = 0; i < visits; i++)
        {
            var visitor = new VisitorContext(Addresses[i % Addresses.Length], Agents[i % Agents.Length], Referrers[i % Referrers.Length]);
            await queue.EnqueueAsync(new PendingVisit(linkId, start + (span * i / visits), visitor, Explicit: false), CancellationToken.None);
        }

        await writer.FlushAsync();
        seeding.Stop();
        var rows = await server.CounterRowsAsync(linkId);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored {visits:N0} visits through the queue and writer in {seeding.Elapsed.TotalSeconds:F1} s ({visits / seeding.Elapsed.TotalSeconds:N0} visits/s); {rows:N0} counter rows"));

        var end = start + span;
        (string Name, Dictionary<string, object?> Parameters)[] scenarios =
        [
            ("month, whole life", new() { ["kind"] = "month", ["toTimestamp"] = end }),
            ("day, 28 days", new() { ["kind"] = "day", ["fromTimestamp"] = start, ["toTimestamp"] = end }),
            ("hour, 7 days", new() { ["kind"] = "hour", ["fromTimestamp"] = start + span / 2, ["toTimestamp"] = start + span / 2 + (long)TimeSpan.FromDays(7).TotalMilliseconds }),
            ("minute, 2 hours", new() { ["kind"] = "minute", ["fromTimestamp"] = start + span / 2, ["toTimestamp"] = start + span / 2 + (long)TimeSpan.FromHours(2).TotalMilliseconds }),
        ];

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| statistics (46414) | link with 0 visits, median ms | link with {visits:N0} visits, median ms | p95 ms | ratio |"));
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, parameters) in scenarios)
        {
            var empty = await Measure.RunAsync(runs, () => gateway.StatisticsAsync(quiet, parameters));
            var full = await Measure.RunAsync(runs, () => gateway.StatisticsAsync(busy, parameters));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {empty.Median:F2} | {full.Median:F2} | {full.P95:F2} | {full.Median / empty.Median:F2} |"));
        }

        var total = await gateway.StatisticsAsync(busy, scenarios[0].Parameters);
        Console.WriteLine($"totalCount read back: {total:N0} (expected {visits:N0})");
        return total == visits ? 0 : 1;
    }

    public static async Task<int> CountAsync(string[] args)
    {
        var requests = Options.Int(args, "--requests", 20_000);
        var connections = Options.Int(args, "--connections", 32);
        await using var server = await BenchServer.StartAsync();
        var gateway = await server.CreateBusinessAsync();
        var hash = await gateway.AddAsync("https://example.com/counted");

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = connections }) { BaseAddress = server.Address };
        var redirects = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = connections }, async (_, ct) =>
        {
            using var response = await http.GetAsync("/l/" + hash, ct);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Interlocked.Increment(ref redirects);
            }
        });
        watch.Stop();
        await server.App.Services.GetRequiredService<VisitWriter>().FlushAsync();
        var counted = await gateway.VisitCountAsync(hash);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{requests:N0} requests at {connections} connections in {watch.Elapsed.TotalSeconds:F2} s ({requests / watch.Elapsed.TotalSeconds:N0}/s): {redirects:N0} redirects answered, {counted:N0} visits counted"));
        return counted == redirects && redirects == requests ? 0 : 1;
    }

    /// <summary>A minimal Kestrel app answering a fixed 302: the floor for <c>bench/redirects.sh</c>.</summary>
    public static async Task<int> FloorAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Options.Int(args, "--port", 5098)}");
        await using var app = builder.Build();
        app.MapGet("/l/{hash}", (string hash) => Results.Redirect("https://example.com/"));
        await app.RunAsync();
        return 0;
    }

    private sealed class BenchServer : IAsyncDisposable
    {
        private readonly string directory;

        private BenchServer(string directory, WebApplication app, Uri address)
        {
            this.directory = directory;
            App = app;
            Address = address;
        }

        public WebApplication App { get; }

        public Uri Address { get; }

        private string ConnectionString => $"Data Source={Path.Combine(directory, "kelas.db")}";

        public static async Task<BenchServer> StartAsync()
        {
            var directory = Directory.CreateTempSubdirectory("kelas-bench-").FullName;
            var app = KelasServer.Create(
            [
                "--Database:Provider=sqlite", $"--ConnectionStrings:Kelas=Data Source={Path.Combine(directory, "kelas.db")}", "--Kelas:SeedDemo=false",
                "--Logging:LogLevel:Kelas.Requests=Warning", "--urls=http://127.0.0.1:0",
            ]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new BenchServer(directory, app, new Uri(address));
        }

        public async Task<BenchGateway> CreateBusinessAsync()
        {
            var configuration = new Dictionary<string, string?> { ["Database:Provider"] = "sqlite", ["ConnectionStrings:Kelas"] = ConnectionString };
            var output = new StringWriter();
            if (await OperatorCommandLine.RunAsync(["links", "business", "create", "bench", "--json"], configuration, output, Console.Error) != 0)
            {
                throw new InvalidOperationException("could not create the benchmark business");
            }

            using var created = JsonDocument.Parse(output.ToString());
            return new BenchGateway(
                new HttpClient { BaseAddress = Address },
                created.RootElement.GetProperty("token").GetString()!,
                created.RootElement.GetProperty("sc_api_key").GetString()!);
        }

        public async Task<long> LinkIdAsync(string hash) => (long)(await ScalarAsync("SELECT id FROM shortlink_links WHERE hash = $v", hash))!;

        public async Task<long> CounterRowsAsync(long linkId) => (long)(await ScalarAsync("SELECT COUNT(*) FROM shortlink_visit_counts WHERE link_id = $v", linkId))!;

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        private async Task<object?> ScalarAsync(string sql, object value)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$v", value);
            return await command.ExecuteScalarAsync();
        }
    }

    private sealed class BenchGateway(HttpClient http, string token, string apiKey)
    {
        public async Task<string> AddAsync(string url) =>
            (await CallAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = url, ["shortenObjectKind"] = "link" })).GetProperty("hash").GetString()!;

        public async Task<long> StatisticsAsync(string hash, Dictionary<string, object?> parameters) =>
            (await CallAsync(46414, new Dictionary<string, object?>(parameters) { ["hash"] = hash })).GetProperty("totalCount").GetInt64();

        public async Task<long> VisitCountAsync(string hash) =>
            (await CallAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash })).GetProperty("linkVos")[0].GetProperty("visitCount").GetInt64();

        private async Task<JsonElement> CallAsync(long product, Dictionary<string, object?> parameters)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/srv/sc/nzh/doServiceCall")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["scProductId"] = product.ToString(CultureInfo.InvariantCulture), ["scApiKey"] = apiKey, ["body"] = JsonSerializer.Serialize(parameters),
                }),
            };
            request.Headers.Add("_token_", token);
            using var response = await http.SendAsync(request);
            using var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            using var inner = JsonDocument.Parse(envelope.RootElement.GetProperty("result").GetProperty("result").GetString()!);
            return inner.RootElement.GetProperty("code").GetInt32() == 200
                ? inner.RootElement.GetProperty("result").Clone()
                : throw new InvalidOperationException($"service {product} failed: {inner.RootElement}");
        }
    }
}
