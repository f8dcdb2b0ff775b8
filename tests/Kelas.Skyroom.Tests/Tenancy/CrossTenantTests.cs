using System.Text;
using System.Text.Json;

namespace Kelas.Skyroom.Tests.Tenancy;

/// <summary>
/// Two accounts on one server, each with a room, a user and an access grant. Every call made with one account's key
/// on the other's ids is refused with 12, and afterwards both accounts' data reads exactly as before.
/// </summary>
public sealed class CrossTenantTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>, IAsyncLifetime
{
    private SkyroomWire Api => fixture.Api;

    private SkyroomWire OtherApi => fixture.OtherApi;

    private Ids ids = null!;

    private sealed record Ids(long Room, long User, long OtherRoom, long OtherUser, long OtherService, string OtherRoomName, string OtherUsername);

    public async Task InitializeAsync()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        await Api.GrantAsync(room, user, 1);
        var otherRoomName = SkyroomApiFixture.UniqueName("theirs");
        var otherUsername = SkyroomApiFixture.UniqueName("them");
        var otherRoom = (await OtherApi.OkAsync("createRoom", new { name = otherRoomName, title = "اتاق دیگری", max_users = 5 })).GetInt64();
        var otherUser = await OtherApi.CreateUserAsync(otherUsername, "کاربر دیگری");
        await OtherApi.GrantAsync(otherRoom, otherUser, 2);
        ids = new Ids(room, user, otherRoom, otherUser, fixture.Other.ServiceId, otherRoomName, otherUsername);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly Dictionary<string, Func<Ids, (string Action, object Params)>> ForeignCalls = new()
    {
        ["getRoom by id"] = i => ("getRoom", new { room_id = i.OtherRoom }),
        ["getRoomUrl"] = i => ("getRoomUrl", new { room_id = i.OtherRoom }),
        ["updateRoom"] = i => ("updateRoom", new { room_id = i.OtherRoom, title = "hacked", max_users = (int?)null }),
        ["updateRoom rename"] = i => ("updateRoom", new { room_id = i.OtherRoom, name = SkyroomApiFixture.UniqueName("hacked") }),
        ["updateRoom onto their service"] = i => ("updateRoom", new { room_id = i.Room, service_id = i.OtherService }),
        ["createRoom on their service"] = i => ("createRoom", new { name = SkyroomApiFixture.UniqueName("mine"), service_id = i.OtherService }),
        ["deleteRoom"] = i => ("deleteRoom", new { room_id = i.OtherRoom }),
        ["getRoomUsers"] = i => ("getRoomUsers", new { room_id = i.OtherRoom }),
        ["addRoomUsers to their room"] = i => ("addRoomUsers", new { room_id = i.OtherRoom, users = new[] { new { user_id = i.User, access = 4 } } }),
        ["addRoomUsers of their user"] = i => ("addRoomUsers", new { room_id = i.Room, users = new[] { i.OtherUser } }),
        ["addRoomUsers mixed"] = i => ("addRoomUsers", new { room_id = i.Room, users = new object[] { new { user_id = i.User, access = 3 }, i.OtherUser } }),
        ["removeRoomUsers from their room"] = i => ("removeRoomUsers", new { room_id = i.OtherRoom, users = new[] { i.OtherUser } }),
        ["removeRoomUsers of their user"] = i => ("removeRoomUsers", new { room_id = i.Room, users = new[] { i.User, i.OtherUser } }),
        ["updateRoomUser their pair"] = i => ("updateRoomUser", new { room_id = i.OtherRoom, user_id = i.OtherUser, access = 4 }),
        ["updateRoomUser their user"] = i => ("updateRoomUser", new { room_id = i.Room, user_id = i.OtherUser, access = 4 }),
        ["updateRoomUser their room"] = i => ("updateRoomUser", new { room_id = i.OtherRoom, user_id = i.User, access = 4 }),
        ["getUser by id"] = i => ("getUser", new { user_id = i.OtherUser }),
        ["updateUser"] = i => ("updateUser", new { user_id = i.OtherUser, nickname = "hacked", password = "hacked" }),
        ["deleteUser"] = i => ("deleteUser", new { user_id = i.OtherUser }),
        ["getUserRooms"] = i => ("getUserRooms", new { user_id = i.OtherUser }),
        ["addUserRooms to their user"] = i => ("addUserRooms", new { user_id = i.OtherUser, rooms = new[] { i.Room } }),
        ["addUserRooms of their room"] = i => ("addUserRooms", new { user_id = i.User, rooms = new object[] { i.Room, new { room_id = i.OtherRoom, access = 4 } } }),
        ["removeUserRooms from their user"] = i => ("removeUserRooms", new { user_id = i.OtherUser, rooms = new[] { i.OtherRoom } }),
        ["removeUserRooms of their room"] = i => ("removeUserRooms", new { user_id = i.User, rooms = new[] { i.Room, i.OtherRoom } }),
        ["createLoginUrl"] = i => ("createLoginUrl", new { room_id = i.OtherRoom, user_id = "intruder", nickname = "n", access = 4 }),
        ["getLoginUrl their pair"] = i => ("getLoginUrl", new { room_id = i.OtherRoom, user_id = i.OtherUser }),
        ["getLoginUrl their user"] = i => ("getLoginUrl", new { room_id = i.Room, user_id = i.OtherUser }),
        ["getLoginUrl their room"] = i => ("getLoginUrl", new { room_id = i.OtherRoom, user_id = i.User }),
    };

    public static TheoryData<string> ForeignCallNames => [.. ForeignCalls.Keys];

    [Theory]
    [MemberData(nameof(ForeignCallNames))]
    public async Task CallsOnAnotherAccountsObjectsReturnError12AndChangeNothing(string call)
    {
        var (action, parameters) = ForeignCalls[call](ids);
        var mineBefore = await SnapshotAsync(Api, ids.Room, ids.User);
        var theirsBefore = await SnapshotAsync(OtherApi, ids.OtherRoom, ids.OtherUser);

        await Api.ExpectNotAllowedAsync(action, parameters);

        Assert.Equal(theirsBefore, await SnapshotAsync(OtherApi, ids.OtherRoom, ids.OtherUser));
        Assert.Equal(mineBefore, await SnapshotAsync(Api, ids.Room, ids.User));
    }

    [Fact]
    public async Task UpdateUserOnAnotherAccountsUserKeepsItsPassword()
    {
        var hash = await fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(ids.OtherUser));

        await Api.ExpectNotAllowedAsync("updateUser", new { user_id = ids.OtherUser, password = "hacked" });

        Assert.Equal(hash, await fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(ids.OtherUser)));
    }

    [Fact]
    public async Task GetRoomByNameOfAnotherAccountsRoomReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getRoom", new { name = ids.OtherRoomName });
    }

    [Fact]
    public async Task GetUserByUsernameOfAnotherAccountsUserReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getUser", new { username = ids.OtherUsername });
    }

    [Fact]
    public async Task DeleteUsersCountsAnotherAccountsUsersAsFailuresAndKeepsThem()
    {
        var mine = await Api.CreateUserAsync();
        var theirsBefore = await SnapshotAsync(OtherApi, ids.OtherRoom, ids.OtherUser);

        var result = await Api.OkAsync("deleteUsers", new { users = new[] { ids.OtherUser, mine } });

        Assert.Equal(1, result.GetProperty("success").GetInt32());
        Assert.Equal(1, result.GetProperty("failure").GetInt32());
        Assert.Equal(theirsBefore, await SnapshotAsync(OtherApi, ids.OtherRoom, ids.OtherUser));
    }

    [Fact]
    public async Task ListsAndCountsNeverIncludeAnotherAccountsObjects()
    {
        var rooms = JsonShape.Array(await Api.OkAsync("getRooms")).Select(r => r.GetProperty("id").GetInt64()).ToList();
        var users = JsonShape.Array(await Api.OkAsync("getUsers")).Select(u => u.GetProperty("id").GetInt64()).ToList();
        var services = JsonShape.Array(await Api.OkAsync("getServices")).Select(s => s.GetProperty("id").GetInt64()).ToList();
        var theirRooms = JsonShape.Array(await OtherApi.OkAsync("getRooms")).Select(r => r.GetProperty("id").GetInt64()).ToList();
        var theirUsers = JsonShape.Array(await OtherApi.OkAsync("getUsers")).Select(u => u.GetProperty("id").GetInt64()).ToList();

        Assert.Contains(ids.Room, rooms);
        Assert.DoesNotContain(ids.OtherRoom, rooms);
        Assert.Contains(ids.User, users);
        Assert.DoesNotContain(ids.OtherUser, users);
        Assert.Equal([fixture.Tenant.ServiceId], services);
        Assert.Empty(rooms.Intersect(theirRooms));
        Assert.Empty(users.Intersect(theirUsers));
        Assert.Equal(rooms.Count, (await Api.OkAsync("countRooms")).GetInt32());
        Assert.Equal(users.Count, (await Api.OkAsync("countUsers")).GetInt32());
        Assert.Equal(theirRooms.Count, (await OtherApi.OkAsync("countRooms")).GetInt32());
        Assert.Equal(theirUsers.Count, (await OtherApi.OkAsync("countUsers")).GetInt32());
    }

    [Fact]
    public async Task TwoAccountsMayUseTheSameRoomNameAndUsername()
    {
        var first = await fixture.Factory.CreateSkyroomTenantAsync();
        var second = await fixture.Factory.CreateSkyroomTenantAsync();
        var firstApi = Api.WithKey(first.ApiKey);
        var secondApi = Api.WithKey(second.ApiKey);

        var firstRoom = await firstApi.CreateRoomAsync("meeting");
        var secondRoom = await secondApi.CreateRoomAsync("Meeting");
        var firstUser = await firstApi.CreateUserAsync("parham");
        var secondUser = await secondApi.CreateUserAsync("PARHAM");

        Assert.NotEqual(firstRoom, secondRoom);
        Assert.NotEqual(firstUser, secondUser);
        Assert.Equal(firstRoom, (await firstApi.OkAsync("getRoom", new { name = "meeting" })).GetProperty("id").GetInt64());
        Assert.Equal(secondRoom, (await secondApi.OkAsync("getRoom", new { name = "meeting" })).GetProperty("id").GetInt64());
        Assert.Equal(firstUser, (await firstApi.OkAsync("getUser", new { username = "parham" })).GetProperty("id").GetInt64());
        Assert.Equal(secondUser, (await secondApi.OkAsync("getUser", new { username = "parham" })).GetProperty("id").GetInt64());
        Assert.Equal([firstRoom], JsonShape.Array(await firstApi.OkAsync("getRooms")).Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal([secondUser], JsonShape.Array(await secondApi.OkAsync("getUsers")).Select(u => u.GetProperty("id").GetInt64()));
        Assert.Equal(1, (await firstApi.OkAsync("countRooms")).GetInt32());
        Assert.Equal(1, (await secondApi.OkAsync("countUsers")).GetInt32());
        Assert.Equal($"http://localhost/ch/{second.Slug}/meeting", (await secondApi.OkAsync("getRoomUrl", new { room_id = secondRoom })).GetString());
    }

    [Fact]
    public async Task GetServicesListsOnlyTheCallersServices()
    {
        var theirs = JsonShape.Array(await OtherApi.OkAsync("getServices")).Select(s => s.GetProperty("id").GetInt64());

        Assert.Equal([fixture.Other.ServiceId], theirs);
    }

    /// <summary>Everything one account can read about itself, as text.</summary>
    private static async Task<string> SnapshotAsync(SkyroomWire api, long roomId, long userId)
    {
        var text = new StringBuilder();
        foreach (var (action, parameters) in new (string, object?)[]
        {
            ("getServices", null),
            ("getRooms", null),
            ("countRooms", null),
            ("getUsers", null),
            ("countUsers", null),
            ("getRoom", new { room_id = roomId }),
            ("getRoomUsers", new { room_id = roomId }),
            ("getUser", new { user_id = userId }),
            ("getUserRooms", new { user_id = userId }),
        })
        {
            text.Append(action).Append(": ").AppendLine((await api.OkAsync(action, parameters)).GetRawText());
        }

        return text.ToString();
    }
}
