using System.Text.Json;

namespace Kelas.Skyroom.Tests.Access;

public sealed class UserRoomsTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private async Task<JsonElement[]> UserRoomsAsync(long userId) => JsonShape.Array(await Api.OkAsync("getUserRooms", new { user_id = userId }));

    private async Task<Dictionary<long, int>> AccessByRoomAsync(long userId) =>
        (await UserRoomsAsync(userId)).ToDictionary(r => r.GetProperty("room_id").GetInt64(), r => r.GetProperty("access").GetInt32());

    [Fact]
    public async Task GetUserRoomsOfAUserWithoutAccessIsAnEmptyArray()
    {
        Assert.Empty(await UserRoomsAsync(await Api.CreateUserAsync()));
    }

    [Fact]
    public async Task AddUserRoomsReturnsTheCountAndGetUserRoomsListsThemWithTheirAccess()
    {
        var user = await Api.CreateUserAsync();
        var meetingName = SkyroomApiFixture.UniqueName("meeting");
        var meeting = (await Api.OkAsync("createRoom", new { name = meetingName, title = "اتاق جلسات" })).GetInt64();
        var php = await Api.CreateRoomAsync();

        var result = await Api.OkAsync("addUserRooms", new { user_id = user, rooms = new object[] { new { room_id = meeting }, new { room_id = php, access = 2 } } });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(2, result.GetInt32());
        var rooms = await UserRoomsAsync(user);
        foreach (var room in rooms)
        {
            JsonShape.Fields(JsonShape.UserRoom, room);
            JsonShape.Integer(room, "room_id");
            JsonShape.Integer(room, "access");
        }

        Assert.Equal([meeting, php], rooms.Select(r => r.GetProperty("room_id").GetInt64()));
        Assert.Equal([1, 2], rooms.Select(r => r.GetProperty("access").GetInt32()));
        Assert.Equal(meetingName, rooms[0].GetProperty("name").GetString());
        Assert.Equal("اتاق جلسات", rooms[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task AddUserRoomsAgreesWithGetRoomUsers()
    {
        var user = await Api.CreateUserAsync();
        var room = await Api.CreateRoomAsync();

        await Api.OkAsync("addUserRooms", new { user_id = user, rooms = new[] { new { room_id = room, access = 3 } } });

        var entry = Assert.Single(JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = room })));
        Assert.Equal(user, entry.GetProperty("user_id").GetInt64());
        Assert.Equal(3, entry.GetProperty("access").GetInt32());
    }

    [Fact]
    public async Task AddUserRoomsAcceptsBareIdsAndUpserts()
    {
        var user = await Api.CreateUserAsync();
        var a = await Api.CreateRoomAsync();
        var b = await Api.CreateRoomAsync();
        await Api.GrantAsync(a, user, 3);

        var result = await Api.OkAsync("addUserRooms", new { user_id = user, rooms = new object[] { a, b.ToString(System.Globalization.CultureInfo.InvariantCulture) } });

        Assert.Equal(2, result.GetInt32());
        Assert.Equal(new Dictionary<long, int> { [a] = 1, [b] = 1 }, await AccessByRoomAsync(user));
    }

    [Fact]
    public async Task AddUserRoomsWithAnUnknownRoomReturnsError15AndAddsNothing()
    {
        var user = await Api.CreateUserAsync();
        var a = await Api.CreateRoomAsync();

        await Api.ExpectNotFoundAsync("addUserRooms", new { user_id = user, rooms = new[] { a, 987654 } });

        Assert.Empty(await UserRoomsAsync(user));
    }

    [Fact]
    public async Task AddUserRoomsWithAnInvalidAccessReturnsError13()
    {
        var user = await Api.CreateUserAsync();
        var a = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Access, "addUserRooms", new { user_id = user, rooms = new[] { new { room_id = a, access = 9 } } });
        Assert.Empty(await UserRoomsAsync(user));
    }

    public static TheoryData<object?, string> InvalidLists => new()
    {
        { null, ParamMessages.Rooms },
        { new object[0], ParamMessages.Rooms },
        { "x", ParamMessages.Rooms },
        { new object[] { "x" }, ParamMessages.Rooms },
        { new object[] { true }, ParamMessages.Rooms },
        { new object[] { new { user_id = 1 } }, ParamMessages.RoomId },
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public async Task AddUserRoomsWithAnInvalidListReturnsError13(object? rooms, string message)
    {
        var user = await Api.CreateUserAsync();

        await Api.ExpectInvalidAsync(message, "addUserRooms", new { user_id = user, rooms });
    }

    [Fact]
    public async Task AddUserRoomsForAnUnknownUserReturnsError15()
    {
        var room = await Api.CreateRoomAsync();

        await Api.ExpectNotFoundAsync("addUserRooms", new { user_id = 987654, rooms = new[] { room } });
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "addUserRooms", new { rooms = new[] { room } });
    }

    [Fact]
    public async Task RemoveUserRoomsReturnsHowManyWereRemoved()
    {
        var user = await Api.CreateUserAsync();
        var a = await Api.CreateRoomAsync();
        var b = await Api.CreateRoomAsync();
        var c = await Api.CreateRoomAsync();
        var withoutAccess = await Api.CreateRoomAsync();
        await Api.OkAsync("addUserRooms", new { user_id = user, rooms = new[] { a, b, c } });

        var result = await Api.OkAsync("removeUserRooms", new { user_id = user, rooms = new object[] { a, new { room_id = b }, withoutAccess, 987654 } });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(2, result.GetInt32());
        Assert.Equal([c], (await UserRoomsAsync(user)).Select(r => r.GetProperty("room_id").GetInt64()));
        await Api.OkAsync("getRoom", new { room_id = a });
    }

    [Fact]
    public async Task RemoveUserRoomsWithAnInvalidListReturnsError13()
    {
        var user = await Api.CreateUserAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Rooms, "removeUserRooms", new { user_id = user });
        await Api.ExpectInvalidAsync(ParamMessages.Rooms, "removeUserRooms", new { user_id = user, rooms = new object[] { -1 } });
    }

    [Fact]
    public async Task RemoveUserRoomsForAnUnknownUserReturnsError15()
    {
        await Api.ExpectNotFoundAsync("removeUserRooms", new { user_id = 987654, rooms = new[] { 1 } });
    }

    [Fact]
    public async Task GetUserRoomsOfUnknownUserReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getUserRooms", new { user_id = 987654 });
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "getUserRooms", new { user_id = "me" });
    }
}
