using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kelas.Server.Tests.Commands;

public sealed partial class ShadCommandTests : IDisposable
{
    private const string Header = "id,national_id,name,family,mobile,province,district,course_study,fundamental_id,role,verified";
    private readonly TestDatabase database = new();
    private readonly string directory = Directory.CreateTempSubdirectory("kelas-shad-cli-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private Task<CommandRun> CreateEventAsync(long landingId, params string[] extra) => CommandRun.RunAsync(database,
        ["shad", "event", "create", "--landing-id", landingId.ToString(CultureInfo.InvariantCulture), "--title", "همایش",
         "--landing-url", "https://organizer.example/shad", "--username", "org", "--password", "secret-password", .. extra]);

    private string WriteCsv(string text)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private static StringContent LoginBody(long landingId, string password = "secret-password") =>
        new($$"""{"landingId":{{landingId}},"username":"org","password":"{{password}}"}""", Encoding.UTF8, "application/json");

    [Fact]
    public async Task EventCreateWithJsonPrintsTheEventAndItsApiKeyAndTheCredentialsLogIn()
    {
        var created = (await CreateEventAsync(1001, "--json")).Json();

        Assert.Equal(1001, created.GetProperty("landing_id").GetInt64());
        Assert.Equal("همایش", created.GetProperty("title").GetString());
        Assert.Matches("^[0-9a-f]{40}$", created.GetProperty("api_key").GetString());
        using var factory = new KelasFactory(database: database);
        using var response = await factory.CreateClient().PostAsync("/api/v1/Account/login", LoginBody(1001));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EventCreateForPeopleShowsTheApiKeyOnce()
    {
        var run = await CreateEventAsync(1002);

        Assert.Equal(0, run.ExitCode);
        var apiKey = ApiKeyLine().Match(run.Output).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{40}$", apiKey);
        Assert.Single(Regex.Matches(run.Output, apiKey));
        Assert.DoesNotContain("secret-password", run.Output);
    }

    [Theory]
    [InlineData("--landing-id", "0")]
    [InlineData("--landing-url", "ftp://organizer.example/")]
    [InlineData("--password", "short")]
    public async Task EventCreateWithInvalidValuesFailsWithExitOne(string option, string value)
    {
        var args = new List<string> { "shad", "event", "create", "--landing-id", "5", "--title", "t", "--landing-url", "https://o.example/", "--username", "u", "--password", "long-enough" };
        args[args.IndexOf(option) + 1] = value;

        var run = await CommandRun.RunAsync(database, [.. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
    }

    [Fact]
    public async Task EventCreateWithATakenLandingIdFails()
    {
        await CreateEventAsync(1003);

        var run = await CreateEventAsync(1003);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1003", run.Error);
    }

    [Fact]
    public async Task EventListShowsEventsButNoSecrets()
    {
        var apiKey = (await CreateEventAsync(1004, "--json")).Json().GetProperty("api_key").GetString()!;

        var table = await CommandRun.RunAsync(database, "shad", "event", "list");
        var json = (await CommandRun.RunAsync(database, "shad", "event", "list", "--json")).Json();

        Assert.Contains("1004", table.Output);
        Assert.DoesNotContain(apiKey, table.Output);
        Assert.DoesNotContain("secret-password", table.Output);
        var listed = Assert.Single(json.GetProperty("events").EnumerateArray());
        Assert.Equal(1004, listed.GetProperty("landing_id").GetInt64());
        Assert.Equal(apiKey[..8], listed.GetProperty("api_key_prefix").GetString());
        Assert.DoesNotContain(apiKey, json.GetRawText());
        Assert.DoesNotContain("hash", json.GetRawText());
    }

    [Fact]
    public async Task DisabledEventCannotLogInUntilEnabled()
    {
        await CreateEventAsync(1005);
        Assert.Equal(0, (await CommandRun.RunAsync(database, "shad", "event", "disable", "1005")).ExitCode);
        using var factory = new KelasFactory(database: database);
        var client = factory.CreateClient();

        using var disabled = await client.PostAsync("/api/v1/Account/login", LoginBody(1005));
        Assert.Equal(HttpStatusCode.Unauthorized, disabled.StatusCode);

        Assert.Equal(0, (await CommandRun.RunAsync(database, "shad", "event", "enable", "1005")).ExitCode);
        using var enabled = await client.PostAsync("/api/v1/Account/login", LoginBody(1005));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    [Fact]
    public async Task RotateKeyPrintsANewApiKeyAndOnlyTheNewOneWorks()
    {
        var old = (await CreateEventAsync(1006, "--json")).Json().GetProperty("api_key").GetString()!;
        var csv = WriteCsv(Header + "\n77,,a,b,989121234567,,,,,,true\n");
        Assert.Equal(0, (await CommandRun.RunAsync(database, "shad", "users", "import", csv)).ExitCode);
        var hashedId = (await CommandRun.RunAsync(database, "shad", "launch-url", "--event", "1006", "--user", "77", "--json")).Json().GetProperty("hashed_id").GetString();

        var rotated = (await CommandRun.RunAsync(database, "shad", "event", "rotate-key", "1006", "--json")).Json().GetProperty("api_key").GetString()!;

        Assert.NotEqual(old, rotated);
        using var factory = new KelasFactory(database: database);
        var client = factory.CreateClient();
        foreach (var (key, status) in new[] { (old, HttpStatusCode.Unauthorized), (rotated, HttpStatusCode.OK) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ShadEvent/GetUserInfoByApiKey?EventId=1006&UserHashId={hashedId}");
            request.Headers.Add("apiKey", key);
            using var response = await client.SendAsync(request);
            Assert.Equal(status, response.StatusCode);
        }
    }

    [Fact]
    public async Task UnknownEventForDisableOrRotateFailsWithExitOne()
    {
        Assert.Equal(1, (await CommandRun.RunAsync(database, "shad", "event", "disable", "4242")).ExitCode);
        Assert.Equal(1, (await CommandRun.RunAsync(database, "shad", "event", "rotate-key", "4242")).ExitCode);
    }

    [Fact]
    public async Task LaunchUrlPrintsTheLandingUrlWithAStablePairwiseUserId()
    {
        await CreateEventAsync(1007);
        await CreateEventAsync(1008);
        var csv = WriteCsv(Header + "\n516222,,رونيكا,نادم كچائي,989226670378,گیلان,1رشت .ناحیه,دوره ابتدایی توصیفی,3,student,true\n");
        await CommandRun.RunAsync(database, "shad", "users", "import", csv);

        var first = await CommandRun.RunAsync(database, "shad", "launch-url", "--event", "1007", "--user", "516222");
        var again = await CommandRun.RunAsync(database, "shad", "launch-url", "--event", "1007", "--user", "516222");
        var otherEvent = await CommandRun.RunAsync(database, "shad", "launch-url", "--event", "1008", "--user", "516222");

        Assert.Matches("^https://organizer.example/shad\\?UserID=([0-9A-F]{2}-){15}[0-9A-F]{2}$", first.Output.Trim());
        Assert.Equal(first.Output, again.Output);
        Assert.NotEqual(first.Output, otherEvent.Output);
        Assert.Equal(1, (await CommandRun.RunAsync(database, "shad", "launch-url", "--event", "1007", "--user", "1")).ExitCode);
    }

    [Fact]
    public async Task UsersImportWithJsonReportsImportedUpdatedAndRejectedLines()
    {
        var rows = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 6_000; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{i},,\"نام {i}\",خانواده,98912{i:D7},تهران,,,,student,{(i % 2 == 0 ? "1" : "0")}\n");
        }

        rows.Append("bad,,a,b,989121234567,,,,,,true\n");
        var first = (await CommandRun.RunAsync(database, "shad", "users", "import", WriteCsv(rows.ToString()), "--json")).Json();
        var again = (await CommandRun.RunAsync(database, "shad", "users", "import", WriteCsv(rows.ToString()), "--json")).Json();

        Assert.Equal((6_000, 0, 1), (first.GetProperty("imported").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("rejected").GetInt32()));
        Assert.Equal(6_002, first.GetProperty("rejects")[0].GetProperty("line").GetInt32());
        Assert.Equal((0, 6_000), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
    }

    [Fact]
    public async Task UsersImportWithoutATerminalPrintsPlainProgressAndASummary()
    {
        var run = await CommandRun.RunAsync(database, "shad", "users", "import", WriteCsv(Header + "\n1,,a,b,989121234567,,,,,,true\n2,,a,b,12,,,,,,true\n"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rows read", run.Output);
        Assert.Contains("1 imported, 0 updated, 1 rejected", run.Output);
        Assert.Contains("line 3: mobile", run.Output);
    }

    [Fact]
    public async Task UsersImportOfAMissingFileFails()
    {
        var run = await CommandRun.RunAsync(database, "shad", "users", "import", Path.Combine(directory, "missing.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
    }

    [GeneratedRegex("apiKey: ([0-9a-f]+)")]
    private static partial Regex ApiKeyLine();
}
