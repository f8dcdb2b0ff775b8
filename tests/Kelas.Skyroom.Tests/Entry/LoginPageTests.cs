using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace Kelas.Skyroom.Tests.Entry;

/// <summary>The room's own page: its forms, and what it does with bad input.</summary>
public sealed class LoginPageTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    private KelasFactory Factory => fixture.Factory;

    [Fact]
    public async Task TheRoomPageOffersTheFormsTheRoomAllows()
    {
        var t = await fixture.TenantAsync();
        var (_, plain) = await t.RoomAsync();
        var (_, open) = await t.RoomAsync(new { guest_login = true });

        var fa = await Factory.GetRoomPageAsync($"/ch/{t.Slug}/{plain}");
        Assert.Equal(HttpStatusCode.OK, fa.Status);
        Assert.Contains("dir=\"rtl\"", fa.Html);
        Assert.Contains("id=\"login-form\"", fa.Html);
        Assert.DoesNotContain("id=\"guest-form\"", fa.Html);

        var en = await Factory.GetRoomPageAsync($"/ch/{t.Slug}/{open.ToUpperInvariant()}/l/en");
        Assert.Equal(HttpStatusCode.OK, en.Status);
        Assert.Contains("lang=\"en\"", en.Html);
        Assert.Contains("id=\"guest-form\"", en.Html);

        var missing = await Factory.GetRoomPageAsync($"/ch/{t.Slug}/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("room_not_found", missing.Reason);
        Assert.Equal("room_not_found", (await Factory.GetRoomPageAsync($"/ch/no-such-account/{plain}")).Reason);
    }

    [Fact]
    public async Task PagesAreNotCachedFramedOrReferred()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync();
        using var response = await Factory.PageClient().GetAsync(new Uri(await t.LinkAsync(roomId, "a", "الف")).PathAndQuery);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task AUserLogsInWithUsernameAndPassword()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        var userId = await t.Api.CreateUserAsync(username, "مدرس");
        await t.Api.GrantAsync(roomId, userId, access: 3);

        var page = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("username", username.ToUpperInvariant()), ("password", SkyroomTestData.Password));

        await using var socket = await Factory.ConnectAsync(t.Slug, name, page);
        var welcome = await socket.NextAsync("welcome");
        Assert.Equal("مدرس", welcome.GetProperty("nickname").GetString());
        Assert.True(welcome.GetProperty("operator").GetBoolean());
    }

    [Fact]
    public async Task WrongCredentialsAndMissingAccessAreRefused()
    {
        var t = await fixture.TenantAsync();
        var (_, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        await t.Api.CreateUserAsync(username);
        var path = $"/ch/{t.Slug}/{name}";

        var wrong = await Factory.PostRoomFormAsync(path, ("username", username), ("password", "not-it"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("wrong_credentials", wrong.Reason);
        Assert.Contains($"value=\"{username}\"", wrong.Html);
        Assert.DoesNotContain("not-it", wrong.Html);

        var unknown = await Factory.PostRoomFormAsync(path, ("username", "nobody-here"), ("password", "x"));
        Assert.Equal("wrong_credentials", unknown.Reason);

        var noAccess = await Factory.PostRoomFormAsync(path, ("username", username), ("password", SkyroomTestData.Password));
        Assert.Equal("no_access", noAccess.Reason);

        // A user of another account with the same username does not get in either.
        var other = await fixture.TenantAsync();
        await other.Api.CreateUserAsync(username + "x");
        Assert.Equal("wrong_credentials", (await Factory.PostRoomFormAsync(path, ("username", username + "x"), ("password", SkyroomTestData.Password))).Reason);
    }

    [Fact]
    public async Task PasswordGuessingIsLimited()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        var userId = await t.Api.CreateUserAsync(username);
        await t.Api.GrantAsync(roomId, userId);
        var path = $"/ch/{t.Slug}/{name}";
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("wrong_credentials", (await Factory.PostRoomFormAsync(path, ("username", username), ("password", "guess" + i))).Reason);
        }

        var limited = await Factory.PostRoomFormAsync(path, ("username", username), ("password", SkyroomTestData.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("too_many_attempts", limited.Reason);

        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await Factory.PostRoomFormAsync(path, ("username", username), ("password", SkyroomTestData.Password))).Status);
    }

    [Fact]
    public async Task HostileFormsGetThePageNotAnError()
    {
        var t = await fixture.TenantAsync();
        var (_, name) = await t.RoomAsync(new { guest_login = true });
        var path = $"/ch/{t.Slug}/{name}";
        var client = Factory.PageClient();

        using var huge = await client.PostAsync(path, new StringContent("username=" + new string('a', 100_000), Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("id=\"login-form\"", await huge.Content.ReadAsStringAsync());

        using var json = await client.PostAsync(path, new StringContent("{\"username\":1}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        var script = await Factory.PostRoomFormAsync(path, ("guest", "1"), ("nickname", "<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.DoesNotContain("<script>alert(1)</script>", script.Html);

        var longName = await Factory.PostRoomFormAsync(path, ("username", new string('u', 40)), ("password", "p"));
        Assert.Equal("wrong_credentials", longName.Reason);
    }

    [Fact]
    public async Task TheSocketIgnoresWhatIsNotAFrameAndClosesOnOversizedOnes()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var socket = await t.EnterAsync(roomId, name, "الف");

        await socket.Socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await socket.SendTextAsync("[1,2,3]");
        await socket.SendTextAsync("\"just a string\"");
        await socket.SendAsync(new { type = "ping" });
        await socket.NextAsync("pong");

        await socket.SendTextAsync("{\"type\":\"chat\",\"text\":\"" + new string('x', 20_000) + "\"}");
        Assert.True(await socket.ClosedAsync());
        Assert.Equal(ConnectionStatusLeft, await WaitForStatusAsync(socket));
    }

    [Fact]
    public async Task ASocketThatNeverSaysHelloIsRefused()
    {
        var t = await fixture.TenantAsync();
        var (_, name) = await t.RoomAsync();
        var client = Factory.Server.CreateWebSocketClient();
        using var raw = await client.ConnectAsync(new Uri(Factory.Server.BaseAddress, $"/ch/{t.Slug}/{name}/socket"), CancellationToken.None);
        var socket = new RoomSocketClient(raw);
        await socket.SendAsync(new { type = "chat", text = "بدون سلام" });

        Assert.Equal("ticket_invalid", (await socket.NextAsync("refused")).GetProperty("reason").GetString());

        using var plain = await Factory.PageClient().GetAsync($"/ch/{t.Slug}/{name}/socket");
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
    }

    private const int ConnectionStatusLeft = 0;

    private async Task<int> WaitForStatusAsync(RoomSocketClient socket)
    {
        var id = socket.Seen.First(f => f.GetProperty("type").GetString() == "welcome").GetProperty("connection").GetInt64();
        for (var i = 0; i < 100; i++)
        {
            var status = await Factory.QuerySkyroomAsync(db => db.ConnectionStatusAsync(id));
            if (status != 1)
            {
                return status;
            }

            await Task.Delay(50);
        }

        return 1;
    }
}
