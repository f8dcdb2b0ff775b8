using System.Net;

namespace Kelas.Skyroom.Tests.Entry;

/// <summary>Every rule the API's fields imply, at the door: the page refuses, and so does the socket.</summary>
public sealed class LimitTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    private KelasFactory Factory => fixture.Factory;

    [Fact]
    public async Task TheSecondTabOfALinkWithConcurrentOneIsRefused()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "ali", "علی", concurrent: 1);

        // Two tabs opened before either socket: the socket decides, under the lock.
        var tab1 = await Factory.GetRoomPageAsync(url);
        var tab2 = await Factory.GetRoomPageAsync(url);
        await using var first = await Factory.ConnectAsync(t.Slug, name, tab1);
        await first.NextAsync("welcome");
        await using var second = await Factory.ConnectAsync(t.Slug, name, tab2);
        var refused = await second.NextAsync("refused");
        Assert.Equal("token_concurrent", refused.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("message").GetString()));
        Assert.True(await second.ClosedAsync());

        // A third tab opened now is refused by its page already.
        var third = await Factory.GetRoomPageAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, third.Status);
        Assert.Equal("token_concurrent", third.Reason);
    }

    [Fact]
    public async Task ConcurrentCountsEveryLinkOfTheSameUserIdAndZeroIsUnlimited()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var page1 = await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "family", "خانواده", concurrent: 2));
        var page2 = await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "family", "خانواده", concurrent: 2));
        var page3 = await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "family", "خانواده", concurrent: 2));
        await using var a = await Factory.ConnectAsync(t.Slug, name, page1);
        await a.NextAsync("welcome");
        await using var b = await Factory.ConnectAsync(t.Slug, name, page2);
        await b.NextAsync("welcome");
        await using var c = await Factory.ConnectAsync(t.Slug, name, page3);
        Assert.Equal("token_concurrent", (await c.NextAsync("refused")).GetProperty("reason").GetString());

        var unlimited = await t.LinkAsync(roomId, "open", "آزاد", concurrent: 0);
        var sockets = new List<RoomSocketClient>();
        for (var i = 0; i < 4; i++)
        {
            sockets.Add(await t.OpenAsync(name, unlimited));
            await sockets[^1].NextAsync("welcome");
        }

        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARoomAdmitsMaxUsersAndNoMore()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync(new { max_users = 2 });
        await using var a = await t.EnterAsync(roomId, name, "یک");
        await using var b = await t.EnterAsync(roomId, name, "دو");

        Assert.Equal("room_full", (await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "three", "سه"))).Reason);

        // A seat frees when someone leaves.
        await a.CloseAsync();
        await b.RosterAsync(people => people.Count == 1);
        await using var c = await t.EnterAsync(roomId, name, "سه");
    }

    [Fact]
    public async Task ParallelEntriesNeverOverfillARoom()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync(new { max_users = 3 });
        var pages = new List<RoomPage>();
        for (var i = 0; i < 10; i++)
        {
            pages.Add(await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "p" + i, "نفر " + i)));
        }

        var sockets = await Task.WhenAll(pages.Select(page => Factory.ConnectAsync(t.Slug, name, page)));
        var outcomes = await Task.WhenAll(sockets.Select(async s =>
        {
            var frame = await s.NextAsyncAny("welcome", "refused");
            return frame.GetProperty("type").GetString();
        }));

        Assert.Equal(3, outcomes.Count(o => o == "welcome"));
        Assert.Equal(7, outcomes.Count(o => o == "refused"));
        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheServicesUserLimitCountsEveryRoomOnIt()
    {
        var t = await fixture.TenantAsync();
        await Factory.UpdateSkyroomServiceLimitAsync(t.Slug, t.Tenant.ServiceId, userLimit: 2);
        var (room1, name1) = await t.RoomAsync();
        var (room2, name2) = await t.RoomAsync();
        await using var a = await t.EnterAsync(room1, name1, "الف");
        await using var b = await t.EnterAsync(room2, name2, "ب");

        var page = await Factory.GetRoomPageAsync(await t.LinkAsync(room2, "c", "پ"));

        Assert.Equal("service_full", page.Reason);
    }

    [Fact]
    public async Task GuestsNeedGuestLoginAndRespectGuestLimit()
    {
        var t = await fixture.TenantAsync();
        var (_, closedName) = await t.RoomAsync();
        var refused = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{closedName}", ("guest", "1"), ("nickname", "مهمان"));
        Assert.Equal("guests_not_allowed", refused.Reason);

        var (roomId, name) = await t.RoomAsync(new { guest_login = true, guest_limit = 1 });
        var guest = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("guest", "1"), ("nickname", "مهمان اول"));
        Assert.Equal(HttpStatusCode.OK, guest.Status);
        await using var inside = await Factory.ConnectAsync(t.Slug, name, guest);
        var welcome = await inside.NextAsync("welcome");
        Assert.True(welcome.GetProperty("guest").GetBoolean());
        Assert.Equal(1, welcome.GetProperty("access").GetInt32());

        var second = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}/l/en", ("guest", "1"), ("nickname", "Second guest"));
        Assert.Equal("guests_full", second.Reason);
        Assert.Contains("lang=\"en\"", second.Html);

        // Guests are limited, not link holders.
        await using var student = await t.EnterAsync(roomId, name, "دانشجو");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\u0001b")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task AGuestNeedsAReadableNickname(string nickname)
    {
        var t = await fixture.TenantAsync();
        var (_, name) = await t.RoomAsync(new { guest_login = true });

        var page = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("guest", "1"), ("nickname", nickname));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("nickname_invalid", page.Reason);
        Assert.Contains("id=\"guest-form\"", page.Html);
    }

    [Fact]
    public async Task StatusesOfAccountServiceAndRoomCloseTheDoor()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "x", "ایکس");

        await t.Api.OkAsync("updateRoom", new { room_id = roomId, status = 0 });
        Assert.Equal("room_disabled", (await Factory.GetRoomPageAsync(url)).Reason);
        await t.Api.OkAsync("updateRoom", new { room_id = roomId, status = 1 });

        await Factory.SetSkyroomServiceStatusAsync(t.Slug, t.Tenant.ServiceId, active: false);
        Assert.Equal("service_disabled", (await Factory.GetRoomPageAsync(url)).Reason);
        await Factory.SetSkyroomServiceStatusAsync(t.Slug, t.Tenant.ServiceId, active: true);

        await Factory.SetSkyroomAccountEnabledAsync(t.Slug, enabled: false);
        Assert.Equal("account_disabled", (await Factory.GetRoomPageAsync(url)).Reason);
        Assert.Equal("account_disabled", (await Factory.GetRoomPageAsync($"/ch/{t.Slug}/{name}")).Reason);
        await Factory.SetSkyroomAccountEnabledAsync(t.Slug, enabled: true);

        Assert.Equal(HttpStatusCode.OK, (await Factory.GetRoomPageAsync(url)).Status);
    }

    [Fact]
    public async Task TheServicePeriodBoundsEntry()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync();
        var now = Factory.Clock.GetUtcNow();
        await Factory.UpdateSkyroomServiceAsync(t.Slug, t.Tenant.ServiceId, startTime: now.AddHours(2), stopTime: now.AddDays(30));

        var early = await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "e", "زود", ttl: 86400 * 60));
        Assert.Equal("service_not_started", early.Reason);
        Assert.Contains("۱۴۰۵/۰۷/۰۱", early.Html); // 2026-09-23 10:00 UTC is 1 Mehr 1405, 13:30 in Tehran
        Assert.Contains("۱۳:۳۰", early.Html);

        await Factory.UpdateSkyroomServiceAsync(t.Slug, t.Tenant.ServiceId, startTime: now.AddDays(-30), stopTime: now.AddSeconds(-1));
        Assert.Equal("service_ended", (await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "l", "دیر"))).Reason);
    }

    [Fact]
    public async Task AUsersStatusExpiryAndConcurrentApply()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        var userId = await t.Api.CreateUserAsync(username, "کاربر");
        await t.Api.GrantAsync(roomId, userId);

        Task<RoomPage> LogInAsync() => Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("username", username), ("password", SkyroomTestData.Password));

        var first = await LogInAsync();
        await using var inside = await Factory.ConnectAsync(t.Slug, name, first);
        await inside.NextAsync("welcome");
        Assert.Equal("user_concurrent", (await LogInAsync()).Reason);

        await t.Api.OkAsync("updateUser", new { user_id = userId, concurrent = 0 });
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync()).Status);

        await t.Api.OkAsync("updateUser", new { user_id = userId, status = 0 });
        Assert.Equal("user_disabled", (await LogInAsync()).Reason);

        await t.Api.OkAsync("updateUser", new { user_id = userId, status = 1, expiry_date = Factory.Clock.GetUtcNow().ToUnixTimeSeconds() - 1 });
        Assert.Equal("user_expired", (await LogInAsync()).Reason);
    }

    [Fact]
    public async Task UsedUpTimeClosesTheDoor()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync(new { time_limit = 0 });
        Assert.Equal("time_limit_room", (await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "a", "الف"))).Reason);

        var (otherRoom, _) = await t.RoomAsync();
        await Factory.UpdateSkyroomServiceAsync(t.Slug, t.Tenant.ServiceId, timeLimit: 0);
        Assert.Equal("time_limit_service", (await Factory.GetRoomPageAsync(await t.LinkAsync(otherRoom, "b", "ب"))).Reason);
    }
}
