using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kelas.Server.Tests.Commands;

public sealed partial class ShortLinkCommandTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private static ShortLinkBusiness Business(JsonElement printed) => new(
        printed.GetProperty("id").GetInt64(),
        printed.GetProperty("name").GetString()!,
        printed.GetProperty("token").GetString()!,
        printed.GetProperty("sc_api_key").GetString()!);

    private async Task<ShortLinkBusiness> CreateAsync(string name) =>
        Business((await CommandRun.RunAsync(database, "links", "business", "create", name, "--json")).Json());

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;

    [Fact]
    public async Task BusinessCreateWithJsonPrintsOneObjectWithTokenAndApiKey()
    {
        var created = (await CommandRun.RunAsync(database, "links", "business", "create", "shop-1", "--json")).Json();

        Assert.True(created.GetProperty("id").GetInt64() > 0);
        Assert.Equal("shop-1", created.GetProperty("name").GetString());
        Assert.Matches("^[0-9a-f]{32}$", created.GetProperty("token").GetString());
        Assert.Matches("^[0-9a-f]{32}$", created.GetProperty("sc_api_key").GetString());
        Assert.NotEqual(created.GetProperty("token").GetString(), created.GetProperty("sc_api_key").GetString());
    }

    [Fact]
    public async Task BusinessCreateForPeopleShowsTokenAndApiKeyOnceEachAndTheyWork()
    {
        var run = await CommandRun.RunAsync(database, "links", "business", "create", "shop-2");

        Assert.Equal(0, run.ExitCode);
        var token = TokenLine().Match(run.Output).Groups[1].Value;
        var apiKey = ApiKeyLine().Match(run.Output).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.Matches("^[0-9a-f]{32}$", apiKey);
        Assert.Equal(1, Occurrences(run.Output, token));
        Assert.Equal(1, Occurrences(run.Output, apiKey));
        Assert.Contains("shop-2", run.Output);
        Assert.Equal(string.Empty, run.Error);

        using var factory = new KelasFactory(database: database);
        var api = new ShortLinkWire(factory.CreateClient(), new ShortLinkBusiness(0, "shop-2", token, apiKey));
        Assert.Equal(0, (await api.OkAsync(46412)).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task CreatingATakenNameFailsWithExitOneAndAnErrorLine()
    {
        await CreateAsync("dup");

        var again = await CommandRun.RunAsync(database, "links", "business", "create", "dup", "--json");

        Assert.Equal(1, again.ExitCode);
        Assert.Equal(string.Empty, again.Output);
        Assert.StartsWith("error:", again.Error);
        Assert.Contains("already exists", again.Error);
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("a")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("فروشگاه")]
    public async Task InvalidNameIsRefused(string name)
    {
        var run = await CommandRun.RunAsync(database, "links", "business", "create", name, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("error:", run.Error);
        Assert.Contains("not a valid business name", run.Error);
    }

    [Fact]
    public async Task ListShowsLinksVisitsAndTokenPrefixButNeverTheCredentials()
    {
        var business = await CreateAsync("listed");
        var idle = await CreateAsync("idle");
        using (var factory = new KelasFactory(database: database))
        {
            var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var api = new ShortLinkWire(client, business);
            var hash = (await api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = "https://example.com/a", ["shortenObjectKind"] = "link" }))
                .GetProperty("hash").GetString()!;
            await api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = "متن", ["shortenObjectKind"] = "content" });
            for (var i = 0; i < 3; i++)
            {
                using var response = await client.GetAsync("/l/" + hash);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }

            await factory.FlushShortLinkVisitsAsync();
        }

        var json = (await CommandRun.RunAsync(database, "links", "business", "list", "--json")).Json();
        var table = await CommandRun.RunAsync(database, "links", "business", "list");

        var businesses = json.GetProperty("businesses").EnumerateArray().ToList();
        Assert.Equal(["listed", "idle"], businesses.Select(b => b.GetProperty("name").GetString()));
        var listed = businesses[0];
        Assert.Equal(business.Id, listed.GetProperty("id").GetInt64());
        Assert.Equal(2, listed.GetProperty("links").GetInt32());
        Assert.Equal(3, listed.GetProperty("visits").GetInt64());
        Assert.Equal(business.Token[..8], listed.GetProperty("token_prefix").GetString());
        Assert.True(listed.GetProperty("enabled").GetBoolean());
        Assert.Equal(0, businesses[1].GetProperty("links").GetInt32());
        Assert.Equal(0, businesses[1].GetProperty("visits").GetInt64());
        foreach (var secret in new[] { business.Token, business.ApiKey, idle.Token, idle.ApiKey })
        {
            Assert.DoesNotContain(secret, json.ToString());
            Assert.DoesNotContain(secret, table.Output);
        }

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("listed", table.Output);
        Assert.Contains(business.Token[..8], table.Output);
    }

    [Fact]
    public async Task DisableMakesGatewayCallsAnswer21AndEnableRestoresThem()
    {
        var business = await CreateAsync("toggle");
        using var factory = new KelasFactory(database: database);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var api = new ShortLinkWire(client, business);
        var hash = (await api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = "https://example.com/t", ["shortenObjectKind"] = "link" }))
            .GetProperty("hash").GetString()!;

        var disabled = (await CommandRun.RunAsync(database, "links", "business", "disable", "toggle", "--json")).Json();
        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        foreach (var product in new long[] { 46410, 46411, 46412, 46413, 46414 })
        {
            var answer = await api.CallAsync(product, new Dictionary<string, object?> { ["hash"] = hash });
            Assert.True(answer.HasError, answer.Raw);
            Assert.Equal(21, answer.ErrorCode);
        }

        // The links of a disabled business keep redirecting.
        using (var redirect = await client.GetAsync("/l/" + hash))
        {
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        }

        Assert.Equal(0, (await CommandRun.RunAsync(database, "links", "business", "enable", "toggle")).ExitCode);
        Assert.Equal(1, (await api.OkAsync(46412)).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task RotateKeyRetiresTheOldTokenAndApiKeyAtOnce()
    {
        var old = await CreateAsync("rotating");
        var rotated = Business((await CommandRun.RunAsync(database, "links", "business", "rotate-key", "rotating", "--json")).Json());
        using var factory = new KelasFactory(database: database);
        var http = factory.CreateClient();

        Assert.Equal(old.Id, rotated.Id);
        Assert.NotEqual(old.Token, rotated.Token);
        Assert.NotEqual(old.ApiKey, rotated.ApiKey);
        Assert.Matches("^[0-9a-f]{32}$", rotated.Token);
        var oldAnswer = await new ShortLinkWire(http, old).CallAsync(46412);
        Assert.True(oldAnswer.HasError);
        Assert.Equal(21, oldAnswer.ErrorCode);
        var newTokenOldKey = await new ShortLinkWire(http, rotated with { ApiKey = old.ApiKey }).CallAsync(46412);
        Assert.True(newTokenOldKey.HasError);
        Assert.Equal(23, newTokenOldKey.ErrorCode);
        Assert.Equal(0, (await new ShortLinkWire(http, rotated).OkAsync(46412)).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("rotate-key")]
    public async Task CommandsOnAnUnknownBusinessFail(string command)
    {
        var run = await CommandRun.RunAsync(database, "links", "business", command, "ghost");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: No business named 'ghost'.", run.Error.Trim());
    }

    [GeneratedRegex(@"^\s*_token_:\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"^\s*scApiKey:\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ApiKeyLine();
}
