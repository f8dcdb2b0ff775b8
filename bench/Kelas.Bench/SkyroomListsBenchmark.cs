using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kelas.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Bench;

/// <summary>
/// getRooms / getUsers over real HTTP (Kestrel on 127.0.0.1) at 100,000 rooms and users in one account, against a
/// baseline measured in the same run: the same rows read with plain ADO.NET and written as the same JSON into memory,
/// i.e. the least work any server must do for that answer. Also the by-name lookups and counts.
/// </summary>
internal static class SkyroomListsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rooms = Options.Int(args, "--rooms", 100_000);
        var users = Options.Int(args, "--users", 100_000);
        var runs = Options.Int(args, "--runs", 10);
        var directory = Directory.CreateTempSubdirectory("kelas-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "kelas.db")}";
        string[] settings = ["--Database:Provider=sqlite", $"--ConnectionStrings:Kelas={connectionString}", "--Kelas:SeedDemo=false"];
        try
        {
            var key = await CreateAccountAsync(connectionString);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(connectionString, rooms, users);
            Console.WriteLine($"seeded {rooms:N0} rooms and {users:N0} users in {seeding.Elapsed.TotalSeconds:F1} s");

            await using var app = KelasServer.Create([.. settings, "--urls=http://127.0.0.1:0"]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
            var path = "/skyroom/api/" + key;

            var results = new List<(string Name, Stats Stats)>
            {
                ("baseline: ADO.NET read + JSON of 100k rooms", await MeasureAsync(runs, () => BaselineRoomsAsync(connectionString))),
                ("getRooms over HTTP", await MeasureAsync(runs, () => CallAsync(http, path, "getRooms", null))),
                ("getUsers over HTTP", await MeasureAsync(runs, () => CallAsync(http, path, "getUsers", null))),
                ("countRooms", await MeasureAsync(runs * 10, () => CallAsync(http, path, "countRooms", null))),
                ("getRoom by name", await MeasureAsync(runs * 10, () => CallAsync(http, path, "getRoom", new { name = $"room-{Random.Shared.Next(1, rooms)}" }))),
                ("getUser by username", await MeasureAsync(runs * 10, () => CallAsync(http, path, "getUser", new { username = $"user-{Random.Shared.Next(1, users)}" }))),
                ("ping (envelope floor)", await MeasureAsync(runs * 10, () => CallAsync(http, path, "ping", null))),
            };
            await app.StopAsync();

            var baseline = results[0].Stats.Median;
            Console.WriteLine();
            Console.WriteLine($"| scenario | median ms | p95 ms | bytes | ratio to baseline |");
            Console.WriteLine($"|---|---:|---:|---:|---:|");
            foreach (var (name, stats) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {stats.Median:F1} | {stats.P95:F1} | {stats.Bytes:N0} | {stats.Median / baseline:F2} |"));
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> CreateAccountAsync(string connectionString)
    {
        var configuration = new Dictionary<string, string?> { ["Database:Provider"] = "sqlite", ["ConnectionStrings:Kelas"] = connectionString };
        var output = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(["skyroom", "account", "create", "bench", "--json"], configuration, output, Console.Error);
        exit += await OperatorCommandLine.RunAsync(
            ["skyroom", "service", "create", "bench", "--title", "bench", "--user-limit", "1000", "--video-limit", "10"], configuration, TextWriter.Null, Console.Error);
        if (exit != 0)
        {
            throw new InvalidOperationException("could not create the benchmark account");
        }

        using var created = JsonDocument.Parse(output.ToString());
        return created.RootElement.GetProperty("api_key").GetString()!;
    }

    /// <summary>Bulk rows straight into the tables: the API would take minutes to create 200,000 objects at 500 calls a minute.</summary>
    private static async Task SeedAsync(string connectionString, int rooms, int users)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var insertRoom = connection.CreateCommand();
        insertRoom.CommandText = """
            INSERT INTO skyroom_rooms (account_id, service_id, name, title, status, guest_login, guest_limit, op_login_first, time_usage, time_total, create_time, update_time)
            VALUES (1, 1, $name, $title, 1, 0, 0, 0, 0, 0, 1790000000, 1790000000)
            """;
        var name = insertRoom.Parameters.Add("$name", SqliteType.Text);
        var title = insertRoom.Parameters.Add("$title", SqliteType.Text);
        for (var i = 1; i <= rooms; i++)
        {
            name.Value = $"room-{i}";
            title.Value = $"کلاس شماره {i}";
            await insertRoom.ExecuteNonQueryAsync();
        }

        var insertUser = connection.CreateCommand();
        insertUser.CommandText = """
            INSERT INTO skyroom_users (account_id, username, password_hash, nickname, gender, status, is_public, concurrent, time_usage, time_total, create_time, update_time)
            VALUES (1, $username, 'x', $nickname, 0, 1, 0, 1, 0, 0, 1790000000, 1790000000)
            """;
        var username = insertUser.Parameters.Add("$username", SqliteType.Text);
        var nickname = insertUser.Parameters.Add("$nickname", SqliteType.Text);
        for (var i = 1; i <= users; i++)
        {
            username.Value = $"user-{i}";
            nickname.Value = $"دانشجو {i}";
            await insertUser.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<long> BaselineRoomsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, service_id, name, title, status FROM skyroom_rooms WHERE account_id = 1 ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        using var buffer = new MemoryStream();
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteBoolean("ok", true);
        writer.WriteStartArray("result");
        while (await reader.ReadAsync())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", reader.GetInt64(0));
            writer.WriteNumber("service_id", reader.GetInt64(1));
            writer.WriteString("name", reader.GetString(2));
            writer.WriteString("title", reader.GetString(3));
            writer.WriteNumber("status", reader.GetInt32(4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        return buffer.Length;
    }

    private static async Task<long> CallAsync(HttpClient http, string path, string action, object? parameters)
    {
        using var response = await http.PostAsJsonAsync(path, new { action, @params = parameters });
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"ok\":true"u8) < 0)
        {
            throw new InvalidOperationException($"{action} failed: {(int)response.StatusCode}");
        }

        return body.Length;
    }

    private sealed record Stats(double Median, double P95, long Bytes);

    private static async Task<Stats> MeasureAsync(int runs, Func<Task<long>> run)
    {
        var bytes = await run();
        await run();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Stats(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)], bytes);
    }
}
