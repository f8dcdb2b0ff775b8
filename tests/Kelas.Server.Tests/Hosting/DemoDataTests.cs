using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.Server.Tests.Hosting;

public sealed partial class DemoDataTests
{
    [Fact]
    public async Task FirstStartPrintsAWorkingKeyAndCurlLineAndSecondStartPrintsNothing()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out var key);
        Assert.Contains("curl -s http://", banner);
        Assert.Contains("/skyroom/api/" + key, banner);

        using (var factory = new KelasFactory(database: database))
        {
            var api = new SkyroomWire(factory.CreateClient(), key);
            var rooms = await api.OkAsync("getRooms");
            Assert.Equal("welcome", Assert.Single(rooms.EnumerateArray()).GetProperty("name").GetString());
            Assert.Equal("teacher", Assert.Single((await api.OkAsync("getUsers")).EnumerateArray()).GetProperty("username").GetString());
            Assert.Equal(1, (await api.OkAsync("countRooms")).GetInt32());
        }

        var second = await StartAndReadBannerAsync(database, out _);
        Assert.Equal(string.Empty, second);
    }

    [Fact]
    public async Task TheBannersRoomLinkLetsTheDemoTeacherAndAGuestIn()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out _);
        var path = new Uri(RoomLinkPattern().Match(banner).Groups[1].Value).AbsolutePath;
        Assert.Equal("/ch/demo/welcome", path);

        using var factory = new KelasFactory(database: database);
        var teacher = await factory.PostRoomFormAsync(path, ("username", "teacher"), ("password", "teacher-demo"));
        await using var socket = await factory.ConnectAsync("demo", "welcome", teacher);
        Assert.True((await socket.NextAsync("welcome")).GetProperty("operator").GetBoolean());

        var guest = await factory.PostRoomFormAsync(path + "/l/en", ("guest", "1"), ("nickname", "Visitor"));
        await using var guestSocket = await factory.ConnectAsync("demo", "welcome", guest);
        Assert.True((await guestSocket.NextAsync("welcome")).GetProperty("guest").GetBoolean());
    }

    [Fact]
    public async Task FirstStartSeedsAShortLinkBusinessWhoseBannerCredentialsWork()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out _);
        var token = ShortLinkTokenPattern().Match(banner).Groups[1].Value;
        var apiKey = ShortLinkApiKeyPattern().Match(banner).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.Matches("^[0-9a-f]{32}$", apiKey);
        Assert.Contains("business: demo", banner);
        Assert.Contains("-d scProductId=46412 -d scApiKey=" + apiKey, banner);

        using var factory = new KelasFactory(database: database);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var links = (await new ShortLinkWire(client, new ShortLinkBusiness(0, "demo", token, apiKey)).OkAsync(46412, new Dictionary<string, object?> { ["order_by"] = "hash", ["order_asc"] = true }))
            .GetProperty("linkVos").EnumerateArray().ToList();
        Assert.Equal(["kelas", "سلام"], links.Select(l => l.GetProperty("hash").GetString()));
        Assert.Equal(["link", "content"], links.Select(l => l.GetProperty("shortenObjectKind").GetString()));

        using var redirect = await client.GetAsync("/l/kelas");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https://example.com/", redirect.Headers.Location?.OriginalString);
        using var text = await client.GetAsync("/l/" + Uri.EscapeDataString("سلام"));
        Assert.Equal(System.Net.HttpStatusCode.OK, text.StatusCode);
        Assert.Contains("Hello! This text sits behind a demo short link.", await text.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FirstStartSeedsAnAbrishRegistrantWhoseCurlLineWorks()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out _);
        var curl = AbrishCurlPattern().Match(banner);
        Assert.True(curl.Success, banner);
        Assert.Matches(@"APIKey: [0-9a-f]{40}", banner);

        using var factory = new KelasFactory(database: database);
        var wire = new AbrishWire(factory.CreateClient(), new AbrishRegistrant(0, "demo@kelas.local", ""));
        var organizations = await wire.SendAsync(curl.Groups[1].Value, curl.Groups[2].Value);
        var organization = Assert.Single(organizations.EnumerateArray());
        Assert.Equal(2, organization.GetProperty("userscount").GetInt32());
        Assert.Equal(0, organization.GetProperty("timedout").GetInt32());
    }

    [Fact]
    public async Task FirstStartSeedsAShadEventWhoseLoginAndStudentsWork()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out _);
        var login = ShadLoginPattern().Match(banner);
        Assert.True(login.Success, banner);
        var verifiedHash = ShadVerifiedStudentPattern().Match(banner).Groups[1].Value;
        Assert.Matches("^([0-9A-F]{2}-){15}[0-9A-F]{2}$", verifiedHash);
        Assert.Contains("hand-off: https://example.com/shad?UserID=" + verifiedHash, banner);

        using var factory = new KelasFactory(database: database);
        var client = factory.CreateClient();
        using var loginResponse = await client.PostAsync("/api/v1/Account/login", new StringContent(login.Groups[1].Value, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, loginResponse.StatusCode);
        using var loginAnswer = System.Text.Json.JsonDocument.Parse(await loginResponse.Content.ReadAsStringAsync());
        var token = loginAnswer.RootElement.GetProperty("data").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ShadEvent?UserHashId=" + verifiedHash);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var student = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, student.StatusCode);
        using var info = System.Text.Json.JsonDocument.Parse(await student.Content.ReadAsStringAsync());
        Assert.Equal(verifiedHash, info.RootElement.GetProperty("data").GetProperty("hashedId").GetString());
        Assert.NotNull(info.RootElement.GetProperty("data").GetProperty("name").GetString());
    }

    private static Task<string> StartAndReadBannerAsync(TestDatabase database, out string key)
    {
        var output = new StringWriter();
        using (var factory = new DemoFactory(database, output))
        {
            factory.CreateClient().Dispose();
        }

        var text = output.ToString();
        key = KeyPattern().Match(text).Value;
        return Task.FromResult(text);
    }

    [GeneratedRegex("apikey-[0-9a-f-]{40,}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\s*_token_: ([0-9a-f]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ShortLinkTokenPattern();

    [GeneratedRegex(@"^\s*scApiKey: ([0-9a-f]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ShortLinkApiKeyPattern();

    [GeneratedRegex(@"/service\.php --data-urlencode 'params=(\{[^']+\})' -d checksum=([0-9a-f]{40})")]
    private static partial Regex AbrishCurlPattern();

    [GeneratedRegex(@"/api/v1/Account/login -H 'Content-Type: application/json' -d '(\{[^']+\})'")]
    private static partial Regex ShadLoginPattern();

    [GeneratedRegex(@"UserHashId ([0-9A-F-]{47}) \(verified\)")]
    private static partial Regex ShadVerifiedStudentPattern();

    private sealed class DemoFactory(TestDatabase database, TextWriter output)
        : KelasFactory(new Dictionary<string, string?> { ["Kelas:SeedDemo"] = "true" }, database)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(new StartupConsole(output))));
        }
    }

    [GeneratedRegex(@"enter the room: (\S+)")]
    private static partial Regex RoomLinkPattern();
}
