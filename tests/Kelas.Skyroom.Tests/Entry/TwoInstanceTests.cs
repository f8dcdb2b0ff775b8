namespace Kelas.Skyroom.Tests.Entry;

/// <summary>
/// Two server instances over one database (PostgreSQL in CI's second lane, one SQLite file in the first): the limits
/// count everyone, presence shows everyone, an operator on one instance reaches a socket on the other, and the
/// connections of an instance that died are swept by the other.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Skyroom:Presence:TickSeconds"] = "30",
        ["Skyroom:Presence:StaleAfterSeconds"] = "45",
    };

    private readonly TestDatabase database = new();
    private KelasFactory first = null!;
    private KelasFactory second = null!;
    private EntryTenant one = null!;
    private EntryTenant two = null!;

    private bool OnPostgres => database.Provider == "postgres";

    public async Task InitializeAsync()
    {
        first = new KelasFactory(Settings, database);
        second = new KelasFactory(Settings, database);
        var tenant = await first.CreateSkyroomTenantAsync();
        one = new EntryTenant(new RoomEntryFixtureOn(first), tenant, new SkyroomWire(first.CreateClient(), tenant.ApiKey));
        two = new EntryTenant(new RoomEntryFixtureOn(second), tenant, new SkyroomWire(second.CreateClient(), tenant.ApiKey));
        _ = second.Server; // both instances are running before any test starts
    }

    public Task DisposeAsync()
    {
        second.Dispose();
        first.Dispose();
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheLimitsCountPeopleOnBothInstances()
    {
        var (roomId, name) = await one.RoomAsync(new { max_users = 2 });
        var pageOnTwo = await second.GetRoomPageAsync(await two.LinkAsync(roomId, "c", "سوم"));
        await using var a = await one.EnterAsync(roomId, name, "اول");
        await using var b = await two.EnterAsync(roomId, name, "دوم");

        // The page was handed out while there was room; the socket on the second instance is refused all the same.
        await using var c = await second.ConnectAsync(one.Slug, name, pageOnTwo);
        Assert.Equal("room_full", (await c.NextAsync("refused")).GetProperty("reason").GetString());
        Assert.Equal("room_full", (await first.GetRoomPageAsync(await one.LinkAsync(roomId, "d", "چهارم"))).Reason);
    }

    [Fact]
    public async Task ParallelEntriesOnBothInstancesNeverOverfillARoom()
    {
        var (roomId, name) = await one.RoomAsync(new { max_users = 4 });
        var pages = new List<(KelasFactory Server, RoomPage Page)>();
        for (var i = 0; i < 12; i++)
        {
            var server = i % 2 == 0 ? first : second;
            pages.Add((server, await server.GetRoomPageAsync(await one.LinkAsync(roomId, "p" + i, "نفر " + i))));
        }

        var sockets = await Task.WhenAll(pages.Select(p => p.Server.ConnectAsync(one.Slug, name, p.Page)));
        var outcomes = await Task.WhenAll(sockets.Select(async s => (await s.NextAsyncAny("welcome", "refused")).GetProperty("type").GetString()));

        Assert.Equal(4, outcomes.Count(o => o == "welcome"));
        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }
    }

    [Fact]
    public async Task PresenceChatAndRemovalReachTheOtherInstance()
    {
        var (roomId, name) = await one.RoomAsync();
        await using var teacher = await one.EnterAsync(roomId, name, "استاد", access: 3);
        await using var student = await two.EnterAsync(roomId, name, "دانشجو");

        // LISTEN/NOTIFY carries the roster at once on PostgreSQL; with SQLite's in-process bus the next round does.
        if (!OnPostgres)
        {
            await first.TickPresenceAsync();
        }

        await teacher.RosterAsync(people => people.SequenceEqual(["استاد", "دانشجو"]));
        await student.RosterAsync(people => people.SequenceEqual(["استاد", "دانشجو"]));

        if (OnPostgres)
        {
            await student.SendAsync(new { type = "chat", text = "سلام استاد" });
            Assert.Equal("سلام استاد", (await teacher.NextAsync("chat")).GetProperty("text").GetString());
        }

        var studentId = student.Seen.First(f => f.GetProperty("type").GetString() == "welcome").GetProperty("connection").GetInt64();
        await teacher.SendAsync(new { type = "remove", connection = studentId });
        await teacher.RosterAsync(people => people.SequenceEqual(["استاد"]));
        if (!OnPostgres)
        {
            await second.TickPresenceAsync();
        }

        Assert.Equal("removed", (await student.NextAsync("closed")).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task TheOtherInstanceSweepsTheSeatsOfOneThatDied()
    {
        var (roomId, name) = await one.RoomAsync(new { max_users = 2 });
        await using var survivor = await one.EnterAsync(roomId, name, "ماندگار");
        await using var orphan = await two.EnterAsync(roomId, name, "یتیم");
        Assert.Equal("room_full", (await first.GetRoomPageAsync(await one.LinkAsync(roomId, "x", "سوم"))).Reason);

        // The second instance stops vouching (as if killed): after the stale time the first stops counting its
        // people at once, and its round closes their connections as lost.
        first.Clock.Advance(TimeSpan.FromSeconds(60));
        await first.TickPresenceAsync();

        await survivor.RosterAsync(people => people.SequenceEqual(["ماندگار"]));
        var connections = await first.QuerySkyroomAsync(db => db.ConnectionsAsync(roomId));
        var lost = Assert.Single(connections, c => c.Nickname == "یتیم");
        Assert.Equal(5, lost.Status);
        Assert.Equal(lost.StartTime, lost.StopTime);
        await using var third = await one.EnterAsync(roomId, name, "سوم");
        Assert.Null(Assert.Single(await first.QuerySkyroomAsync(db => db.SessionsAsync(roomId))).StopTime);
    }

    /// <summary>An <see cref="EntryTenant"/> needs a fixture only for its factory; here each instance is its own.</summary>
    private sealed class RoomEntryFixtureOn(KelasFactory factory) : IRoomEntryServer
    {
        public KelasFactory Factory => factory;
    }
}
