using System.Net.Http.Json;
using System.Text.Json;

namespace Kelas.Server.Tests.Commands;

public sealed class SkyroomCommandTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AccountCreateWithJsonPrintsOneObjectWithAFiftyCharacterKey()
    {
        var created = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "school-1", "--json")).Json();

        var key = created.GetProperty("api_key").GetString()!;
        Assert.Equal(50, key.Length);
        Assert.Matches("^apikey-[0-9]+-[0-9]+-[0-9a-f]+$", key);
        Assert.Equal("school-1", created.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task CreatedKeyWorksAgainstTheServerAndOnlyItsHashIsStored()
    {
        var key = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "school-2", "--json")).Json().GetProperty("api_key").GetString()!;
        await CommandRun.RunAsync(database, "skyroom", "service", "create", "school-2", "--title", "پایه", "--user-limit", "20", "--video-limit", "4");
        using var factory = new KelasFactory(database: database);

        var api = new SkyroomWire(factory.CreateClient(), key);
        Assert.Equal(1, (await api.OkAsync("ping")).GetInt32());
        var storedHash = await factory.QuerySkyroomAsync(db => db.KeyHashAsync("school-2"));
        Assert.NotNull(storedHash);
        Assert.DoesNotContain(key, storedHash);
        Assert.Equal(64, storedHash.Length);
    }

    [Fact]
    public async Task CreatingATakenSlugFailsOnStandardErrorWithNonZeroExit()
    {
        await CommandRun.RunAsync(database, "skyroom", "account", "create", "dup", "--json");
        var again = await CommandRun.RunAsync(database, "skyroom", "account", "create", "dup", "--json");

        Assert.NotEqual(0, again.ExitCode);
        Assert.Equal(string.Empty, again.Output);
        Assert.Contains("already exists", again.Error);
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("a")]
    [InlineData("has space")]
    [InlineData("-leading")]
    public async Task InvalidSlugIsRefused(string slug)
    {
        var run = await CommandRun.RunAsync(database, "skyroom", "account", "create", slug);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a valid account name", run.Error);
    }

    [Fact]
    public async Task DisableMakesTheApiAnswer10AndEnableRestoresIt()
    {
        var key = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "toggle", "--json")).Json().GetProperty("api_key").GetString()!;
        using var factory = new KelasFactory(database: database);
        var api = new SkyroomWire(factory.CreateClient(), key);

        Assert.Equal(0, (await CommandRun.RunAsync(database, "skyroom", "account", "disable", "toggle")).ExitCode);
        var (code, message) = await api.ErrorAsync("ping");
        Assert.Equal(10, code);
        Assert.Equal(SkyroomMessages.Disabled, message);

        Assert.Equal(0, (await CommandRun.RunAsync(database, "skyroom", "account", "enable", "toggle")).ExitCode);
        Assert.Equal(1, (await api.OkAsync("ping")).GetInt32());
    }

    [Fact]
    public async Task RotateKeyRetiresTheOldKeyAtOnce()
    {
        var oldKey = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "rotating", "--json")).Json().GetProperty("api_key").GetString()!;
        var newKey = (await CommandRun.RunAsync(database, "skyroom", "account", "rotate-key", "rotating", "--json")).Json().GetProperty("api_key").GetString()!;
        using var factory = new KelasFactory(database: database);

        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(50, newKey.Length);
        Assert.Equal(11, (await new SkyroomWire(factory.CreateClient(), oldKey).ErrorAsync("ping")).Code);
        Assert.Equal(1, (await new SkyroomWire(factory.CreateClient(), newKey).OkAsync("ping")).GetInt32());
    }

    [Fact]
    public async Task AccountListShowsKeyPrefixesButNeverKeys()
    {
        var key = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "listed", "--json")).Json().GetProperty("api_key").GetString()!;

        var json = (await CommandRun.RunAsync(database, "skyroom", "account", "list", "--json")).Json();
        var table = await CommandRun.RunAsync(database, "skyroom", "account", "list");

        var account = Assert.Single(json.GetProperty("accounts").EnumerateArray());
        Assert.Equal("listed", account.GetProperty("slug").GetString());
        Assert.True(account.GetProperty("enabled").GetBoolean());
        Assert.DoesNotContain(key, json.ToString());
        Assert.DoesNotContain(key, table.Output);
        Assert.Contains("listed", table.Output);
    }

    [Fact]
    public async Task ServiceCreateAcceptsSolarHijriAndIsoDatesAndShowsInGetServices()
    {
        var key = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "planner", "--json")).Json().GetProperty("api_key").GetString()!;
        var service = (await CommandRun.RunAsync(
            database, "skyroom", "service", "create", "planner", "--title", "کلاس‌های پاییز", "--user-limit", "30", "--video-limit", "6",
            "--time-limit", "360000", "--start", "1405/07/01", "--stop", "2027-01-01T00:00:00Z", "--json")).Json();

        // 1405/07/01 is 2026-09-23, midnight in Tehran (UTC+3:30).
        Assert.Equal(new DateTimeOffset(2026, 9, 22, 20, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), service.GetProperty("start_time").GetInt64());
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), service.GetProperty("stop_time").GetInt64());

        using var factory = new KelasFactory(database: database);
        var listed = Assert.Single((await new SkyroomWire(factory.CreateClient(), key).OkAsync("getServices")).EnumerateArray());
        Assert.Equal("کلاس‌های پاییز", listed.GetProperty("title").GetString());
        Assert.Equal(30, listed.GetProperty("user_limit").GetInt32());
        Assert.Equal(6, listed.GetProperty("video_limit").GetInt32());
        Assert.Equal(360000, listed.GetProperty("time_limit").GetInt64());
        Assert.Equal(0, listed.GetProperty("time_usage").GetInt64());
    }

    [Fact]
    public async Task ServiceUpdateChangesOnlyWhatIsGiven()
    {
        await CommandRun.RunAsync(database, "skyroom", "account", "create", "updater");
        var id = (await CommandRun.RunAsync(database, "skyroom", "service", "create", "updater", "--title", "A", "--user-limit", "5", "--video-limit", "1", "--time-limit", "100", "--json"))
            .Json().GetProperty("id").GetInt64();

        var updated = (await CommandRun.RunAsync(
            database, "skyroom", "service", "update", "updater", id.ToString(), "--user-limit", "50", "--time-limit", "none", "--status", "inactive", "--json")).Json();

        Assert.Equal("A", updated.GetProperty("title").GetString());
        Assert.Equal(50, updated.GetProperty("user_limit").GetInt32());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("time_limit").ValueKind);
        Assert.Equal(0, updated.GetProperty("status").GetInt32());
        var list = (await CommandRun.RunAsync(database, "skyroom", "service", "list", "updater", "--json")).Json();
        Assert.Single(list.GetProperty("services").EnumerateArray());
    }

    [Theory]
    [InlineData("--start", "1402/12/30")]
    [InlineData("--start", "yesterday")]
    [InlineData("--stop", "2026-13-01")]
    public async Task ServiceCreateRefusesDatesThatDoNotExist(string option, string value)
    {
        await CommandRun.RunAsync(database, "skyroom", "account", "create", "dates");
        var run = await CommandRun.RunAsync(database, "skyroom", "service", "create", "dates", "--title", "x", "--user-limit", "1", "--video-limit", "1", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a date", run.Error);
    }

    [Fact]
    public async Task ServiceCreateWithoutLimitsOrForUnknownAccountFails()
    {
        var missing = await CommandRun.RunAsync(database, "skyroom", "service", "create", "ghost", "--title", "x", "--user-limit", "1", "--video-limit", "1");
        await CommandRun.RunAsync(database, "skyroom", "account", "create", "partial");
        var incomplete = await CommandRun.RunAsync(database, "skyroom", "service", "create", "partial", "--title", "x");

        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("No account named 'ghost'", missing.Error);
        Assert.NotEqual(0, incomplete.ExitCode);
        Assert.Contains("--user-limit", incomplete.Error);
    }

    [Fact]
    public async Task UnknownCommandFailsWithUsageOnStandardError()
    {
        var run = await CommandRun.RunAsync(database, "skyroom", "account", "explode");
        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task CreatedAccountIsIsolatedFromAnother()
    {
        var a = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "tenant-a", "--json")).Json().GetProperty("api_key").GetString()!;
        var b = (await CommandRun.RunAsync(database, "skyroom", "account", "create", "tenant-b", "--json")).Json().GetProperty("api_key").GetString()!;
        await CommandRun.RunAsync(database, "skyroom", "service", "create", "tenant-a", "--title", "a", "--user-limit", "2", "--video-limit", "1");
        using var factory = new KelasFactory(database: database);
        var http = factory.CreateClient();

        await new SkyroomWire(http, a).OkAsync("createRoom", new { name = "shared-name" });
        var response = await http.PostAsJsonAsync("/skyroom/api/" + b, new { action = "getServices" });
        using var services = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(services.RootElement.GetProperty("result").EnumerateArray());
        Assert.Equal(0, (await new SkyroomWire(http, b).OkAsync("countRooms")).GetInt32());
    }
}
