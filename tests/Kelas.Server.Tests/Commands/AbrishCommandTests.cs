using System.Text.Json;
using Kelas.Abrish.Wire;

namespace Kelas.Server.Tests.Commands;

public sealed class AbrishCommandTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private Task<CommandRun> RunAsync(params string[] args) => CommandRun.RunAsync(database, ["abrish", .. args]);

    private async Task<AbrishRegistrant> CreateRegistrantAsync(string name, params string[] extra)
    {
        var printed = (await RunAsync(["registrant", "create", name, "--json", .. extra])).Json();
        return new AbrishRegistrant(printed.GetProperty("id").GetInt64(), printed.GetProperty("name").GetString()!, printed.GetProperty("api_key").GetString()!);
    }

    [Fact]
    public async Task RegistrantCreateWithJsonPrintsOneObjectWithTheApiKeyThatWorks()
    {
        var registrant = await CreateRegistrantAsync("school@example.com");

        Assert.Equal("school@example.com", registrant.Name);
        Assert.Matches("^[0-9a-f]{40}$", registrant.ApiKey);
        using var factory = new KelasFactory(database: database);
        var answer = await new AbrishWire(factory.CreateClient(), registrant).CallAsync("getAll");
        Assert.Equal(JsonValueKind.Array, answer.ValueKind);
    }

    [Fact]
    public async Task RegistrantCreateForPeoplePrintsTheApiKeyOnce()
    {
        var run = await RunAsync("registrant", "create", "people@example.com");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("APIKey: [0-9a-f]{40}", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task CreatingATakenRegistrantNameFailsWithExitOne()
    {
        await CreateRegistrantAsync("dup@example.com");

        var run = await RunAsync("registrant", "create", "dup@example.com", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("already exists", run.Error);
    }

    [Fact]
    public async Task OrgCreateAcceptsPersianDigitsAndListShowsTheOrganization()
    {
        await CreateRegistrantAsync("org@example.com");

        var created = (await RunAsync("org", "create", "--registrant", "org@example.com", "--name", "دبستان", "--plan", "gold",
            "--expires", "۱۴۰۳/۱۲/۳۰", "--allowed-users", "25", "--roles", "4", "--json")).Json();
        var listed = (await RunAsync("org", "list", "--registrant", "org@example.com", "--json")).Json();

        Assert.Equal("1403/12/30", created.GetProperty("expires").GetString());
        Assert.Equal(25, created.GetProperty("allowed_users").GetInt32());
        Assert.Equal(4, created.GetProperty("roles").GetInt32());
        Assert.True(created.GetProperty("timed_out").GetBoolean());
        var organization = Assert.Single(listed.GetProperty("organizations").EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetInt64(), organization.GetProperty("id").GetInt64());
        Assert.Equal("دبستان", organization.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("1402/12/30")]
    [InlineData("2030-01-01")]
    [InlineData("tomorrow")]
    public async Task OrgCreateWithAnInvalidSolarHijriDateFailsWithExitOne(string expires)
    {
        await CreateRegistrantAsync("dates@example.com");

        var run = await RunAsync("org", "create", "--registrant", "dates@example.com", "--name", "x", "--plan", "p", "--expires", expires, "--allowed-users", "5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Solar Hijri", run.Error);
    }

    [Fact]
    public async Task OrgCreateForAnUnknownRegistrantFailsWithExitOne()
    {
        var run = await RunAsync("org", "create", "--registrant", "ghost@example.com", "--name", "x", "--plan", "p", "--expires", "1410/01/01", "--allowed-users", "5", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("No registrant", run.Error);
    }

    [Fact]
    public async Task OrgUpdateChangesOnlyTheGivenSettings()
    {
        await CreateRegistrantAsync("upd@example.com");
        var created = (await RunAsync("org", "create", "--registrant", "upd@example.com", "--name", "اول", "--plan", "p", "--expires", "1410/01/01", "--allowed-users", "5", "--json")).Json();

        var updated = (await RunAsync("org", "update", created.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--allowed-users", "9", "--json")).Json();

        Assert.Equal(9, updated.GetProperty("allowed_users").GetInt32());
        Assert.Equal("اول", updated.GetProperty("name").GetString());
        Assert.Equal("1410/01/01", updated.GetProperty("expires").GetString());
    }

    [Fact]
    public async Task HardenSwitchesSha256AndTheReplayWindowAndListShowsThem()
    {
        var registrant = await CreateRegistrantAsync("hard@example.com");

        var hardened = (await RunAsync("registrant", "harden", "hard@example.com", "--sha256", "--replay-window", "120", "--json")).Json();
        var listed = (await RunAsync("registrant", "list", "--json")).Json().GetProperty("registrants").EnumerateArray().Single();
        var softened = (await RunAsync("registrant", "harden", "hard@example.com", "--sha256", "false", "--json")).Json();

        Assert.True(hardened.GetProperty("sha256").GetBoolean());
        Assert.Equal(120, hardened.GetProperty("replay_window_seconds").GetInt32());
        Assert.Equal(JsonValueKind.Null, hardened.GetProperty("api_key").ValueKind);
        Assert.True(listed.GetProperty("sha256").GetBoolean());
        Assert.False(softened.GetProperty("sha256").GetBoolean());
        Assert.Equal(120, softened.GetProperty("replay_window_seconds").GetInt32());

        using var factory = new KelasFactory(database: database);
        var parameters = AbrishWire.PhpJsonEncode(new AbrishWire(factory.CreateClient(), registrant).Params("getAll"));
        var answer = await new AbrishWire(factory.CreateClient(), registrant).SendAsync(parameters, AbrishWire.Sha1Hex(parameters + registrant.ApiKey));
        Assert.Equal(AbrishMessages.InvalidTimestamp, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task RotateKeyPrintsANewKeyAndTheOldOneStopsWorking()
    {
        var registrant = await CreateRegistrantAsync("rot@example.com");

        var rotated = (await RunAsync("registrant", "rotate-key", "rot@example.com", "--json")).Json();

        Assert.NotEqual(registrant.ApiKey, rotated.GetProperty("api_key").GetString());
        using var factory = new KelasFactory(database: database);
        var old = await new AbrishWire(factory.CreateClient(), registrant).CallAsync("getAll");
        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(old));
    }

    [Fact]
    public async Task HardenWithAnOutOfRangeWindowFailsWithExitOne()
    {
        await CreateRegistrantAsync("range@example.com");

        var run = await RunAsync("registrant", "harden", "range@example.com", "--replay-window", "-5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--replay-window", run.Error);
    }
}
