namespace Kelas.Skyroom.Tests.Entry;

/// <summary>Person-seconds: counted while people are inside, checkpointed by the presence round, and the limits on them.</summary>
public sealed class UsageTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    private KelasFactory Factory => fixture.Factory;

    private async Task AdvanceAsync(TimeSpan by)
    {
        Factory.Clock.Advance(by);
        await Factory.TickPresenceAsync();
    }

    [Fact]
    public async Task TimeInsideGrowsTheRoomsServicesAndUsersUsage()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        var userId = await t.Api.CreateUserAsync(username, "کاربر");
        await t.Api.GrantAsync(roomId, userId);
        await using var guest = await t.EnterAsync(roomId, name, "پیوند");
        var page = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("username", username), ("password", SkyroomTestData.Password));
        await using var user = await Factory.ConnectAsync(t.Slug, name, page);
        await user.NextAsync("welcome");

        await AdvanceAsync(TimeSpan.FromSeconds(10));

        // Checkpointed while inside: two people for 10 s.
        var room = await t.Api.OkAsync("getRoom", new { room_id = roomId });
        Assert.Equal(20, room.GetProperty("time_usage").GetInt64());
        Assert.Equal(20, room.GetProperty("time_total").GetInt64());
        var userRow = await t.Api.OkAsync("getUser", new { user_id = userId });
        Assert.Equal(10, userRow.GetProperty("time_usage").GetInt64());
        Assert.Equal(10, userRow.GetProperty("time_total").GetInt64());

        // Leaving counts the rest, once.
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await user.CloseAsync();
        await guest.RosterAsync(people => people.Count == 1);
        await AdvanceAsync(TimeSpan.FromSeconds(3));
        await AdvanceAsync(TimeSpan.FromSeconds(0));

        room = await t.Api.OkAsync("getRoom", new { room_id = roomId });
        Assert.Equal(20 + 5 + 5 + 3, room.GetProperty("time_usage").GetInt64());
        Assert.Equal(15, (await t.Api.OkAsync("getUser", new { user_id = userId })).GetProperty("time_usage").GetInt64());
        var service = (await t.Api.OkAsync("getServices")).EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == t.Tenant.ServiceId);
        Assert.Equal(33, service.GetProperty("time_usage").GetInt64());
        Assert.Equal(33, service.GetProperty("time_total").GetInt64());
    }

    [Fact]
    public async Task ARoomTimeLimitWarnsThenLetsEveryoneOut()
    {
        var t = await fixture.TenantAsync();

        // 2 people share 1,200 person-seconds: 600 s of wall time; the warning comes at 300 s left.
        var (roomId, name) = await t.RoomAsync(new { time_limit = 1200 });
        await using var a = await t.EnterAsync(roomId, name, "الف");
        await using var b = await t.EnterAsync(roomId, name, "ب");

        await AdvanceAsync(TimeSpan.FromSeconds(200));
        Assert.DoesNotContain(a.Seen, f => f.GetProperty("type").GetString() == "warning");

        await AdvanceAsync(TimeSpan.FromSeconds(150));
        var warning = await a.NextAsync("warning");
        Assert.Equal("time_limit_room", warning.GetProperty("reason").GetString());
        Assert.Equal(250, warning.GetProperty("seconds_left").GetInt64());
        Assert.Contains("۵", warning.GetProperty("message").GetString());

        await AdvanceAsync(TimeSpan.FromSeconds(250));
        Assert.Equal("time_limit_room", (await a.NextAsync("closed")).GetProperty("reason").GetString());
        Assert.Equal("time_limit_room", (await b.NextAsync("closed")).GetProperty("reason").GetString());
        Assert.Equal(1200, (await t.Api.OkAsync("getRoom", new { room_id = roomId })).GetProperty("time_usage").GetInt64());
        Assert.Equal("time_limit_room", (await Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "c", "پ"))).Reason);
    }

    [Fact]
    public async Task AUsersTimeLimitLetsOnlyThatUserOut()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var username = SkyroomApiFixture.UniqueName("u");
        var userId = await t.Api.CreateUserAsync(username, "سهمیه‌دار");
        await t.Api.GrantAsync(roomId, userId);
        await t.Api.OkAsync("updateUser", new { user_id = userId, time_limit = 60 });
        await using var other = await t.EnterAsync(roomId, name, "دیگری");
        var page = await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}/l/en", ("username", username), ("password", SkyroomTestData.Password));
        await using var user = await Factory.ConnectAsync(t.Slug, name, page);
        await user.NextAsync("welcome");

        await AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("time_limit_user", (await user.NextAsync("warning")).GetProperty("reason").GetString());
        await AdvanceAsync(TimeSpan.FromSeconds(30));

        var closed = await user.NextAsync("closed");
        Assert.Equal("time_limit_user", closed.GetProperty("reason").GetString());
        Assert.Equal("Time is up", closed.GetProperty("title").GetString());
        await other.RosterAsync(people => people.SequenceEqual(["دیگری"]));
        Assert.Equal("time_limit_user", (await Factory.PostRoomFormAsync($"/ch/{t.Slug}/{name}", ("username", username), ("password", SkyroomTestData.Password))).Reason);
    }

    [Fact]
    public async Task SessionDurationEndsTheSession()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync(new { session_duration = 10 });
        await using var a = await t.EnterAsync(roomId, name, "الف");
        await AdvanceAsync(TimeSpan.FromMinutes(6));
        Assert.Equal("session_over", (await a.NextAsync("warning")).GetProperty("reason").GetString());

        await AdvanceAsync(TimeSpan.FromMinutes(4));

        Assert.Equal("session_over", (await a.NextAsync("closed")).GetProperty("reason").GetString());
        var session = Assert.Single(await Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId)));
        Assert.Equal(600, session.StopTime - session.StartTime);
    }

    [Fact]
    public async Task ChangesMadeThroughTheApiReachPeopleInside()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var a = await t.EnterAsync(roomId, name, "الف");

        await t.Api.OkAsync("updateRoom", new { room_id = roomId, status = 0 });
        await AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal("room_disabled", (await a.NextAsync("closed")).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task TheServicesStopTimeWarnsAndEndsTheStay()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var now = Factory.Clock.GetUtcNow();
        await Factory.UpdateSkyroomServiceAsync(t.Slug, t.Tenant.ServiceId, startTime: now.AddDays(-1), stopTime: now.AddMinutes(4));
        await using var a = await t.EnterAsync(roomId, name, "الف");

        await AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal("service_ended", (await a.NextAsync("warning")).GetProperty("reason").GetString());
        await AdvanceAsync(TimeSpan.FromMinutes(4));
        Assert.Equal("service_ended", (await a.NextAsync("closed")).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ConnectionsAndSessionsAreRecorded()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var start = Factory.Clock.GetUtcNow().ToUnixTimeSeconds();
        var a = await t.EnterAsync(roomId, name, "الف");
        Factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var b = await t.EnterAsync(roomId, name, "ب");
        Factory.Clock.Advance(TimeSpan.FromSeconds(20));
        await a.CloseAsync();
        await b.RosterAsync(people => people.Count == 1);
        Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await b.CloseAsync();
        await a.DisposeAsync();
        await b.DisposeAsync();
        await WaitUntilAsync(async () => (await Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId))).Single().StopTime is not null);

        var session = Assert.Single(await Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId)));
        Assert.Equal(start, session.StartTime);
        Assert.Equal(start + 90, session.StopTime);
        var connections = await Factory.QuerySkyroomAsync(db => db.ConnectionsAsync(roomId));
        Assert.Equal(
            [("الف", start, start + 60, 0, 60L), ("ب", start + 40, start + 90, 0, 50L)],
            connections.Select(c => (c.Nickname, c.StartTime, c.StopTime!.Value, c.Status, c.CountedSeconds)));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
