using System.Text.Json;

namespace Kelas.Skyroom.Tests.Access;

public sealed class RoomUsersTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private async Task<JsonElement[]> RoomUsersAsync(long roomId) => JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = roomId }));

    private async Task<Dictionary<long, int>> AccessByUserAsync(long roomId) =>
        (await RoomUsersAsync(roomId)).ToDictionary(u => u.GetProperty("user_id").GetInt64(), u => u.GetProperty("access").GetInt32());

    [Fact]
    public async Task GetRoomUsersOfARoomWithoutAccessIsAnEmptyArray()
    {
        Assert.Empty(await RoomUsersAsync(await Api.CreateRoomAsync()));
    }

    [Fact]
    public async Task AddRoomUsersReturnsTheCountAndGetRoomUsersListsThemWithTheirAccess()
    {
        var room = await Api.CreateRoomAsync();
        var operatorName = SkyroomApiFixture.UniqueName("op");
        var op = await Api.CreateUserAsync(operatorName, "اپراتور");
        var presenter = await Api.CreateUserAsync(nickname: "ارایه کننده");
        var normal = await Api.CreateUserAsync(nickname: "کاربر عادی");

        var result = await Api.OkAsync("addRoomUsers", new
        {
            room_id = room,
            users = new object[] { new { user_id = op, access = 3 }, new { user_id = presenter, access = 2 }, new { user_id = normal } },
        });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(3, result.GetInt32());
        var users = await RoomUsersAsync(room);
        Assert.Equal(3, users.Length);
        foreach (var user in users)
        {
            JsonShape.Fields(JsonShape.RoomUser, user);
            JsonShape.Integer(user, "user_id");
            JsonShape.Integer(user, "access");
        }

        Assert.Equal([op, presenter, normal], users.Select(u => u.GetProperty("user_id").GetInt64()));
        Assert.Equal([3, 2, 1], users.Select(u => u.GetProperty("access").GetInt32()));
        Assert.Equal(operatorName, users[0].GetProperty("username").GetString());
        Assert.Equal("اپراتور", users[0].GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task AddRoomUsersAcceptsBareIdsAsNormalAccess()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();

        Assert.Equal(2, (await Api.OkAsync("addRoomUsers", new { room_id = room, users = new object[] { a, b.ToString(System.Globalization.CultureInfo.InvariantCulture) } })).GetInt32());

        Assert.Equal(new Dictionary<long, int> { [a] = 1, [b] = 1 }, await AccessByUserAsync(room));
    }

    [Fact]
    public async Task AddRoomUsersUpsertsTheAccessOfExistingPairs()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        await Api.GrantAsync(room, a, 1);

        var result = await Api.OkAsync("addRoomUsers", new { room_id = room, users = new object[] { new { user_id = a, access = 3 }, new { user_id = b, access = 2 } } });

        Assert.Equal(2, result.GetInt32());
        Assert.Equal(new Dictionary<long, int> { [a] = 3, [b] = 2 }, await AccessByUserAsync(room));
        Assert.Equal(2, await fixture.Factory.QuerySkyroomAsync(db => db.RoomUserRowsAsync(room)));
    }

    [Fact]
    public async Task AddRoomUsersWithARepeatedUserAppliesItOnceWithTheLastAccess()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();

        var result = await Api.OkAsync("addRoomUsers", new { room_id = room, users = new object[] { new { user_id = a, access = 2 }, new { user_id = a, access = 3 } } });

        Assert.Equal(1, result.GetInt32());
        Assert.Equal(new Dictionary<long, int> { [a] = 3 }, await AccessByUserAsync(room));
    }

    [Fact]
    public async Task AddRoomUsersAcceptsTheAdminAccessLevel()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();

        await Api.OkAsync("addRoomUsers", new { room_id = room, users = new[] { new { user_id = a, access = 4 } } });

        Assert.Equal(4, (await AccessByUserAsync(room))[a]);
    }

    [Fact]
    public async Task AddRoomUsersWithAnUnknownUserReturnsError15AndAddsNobody()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();

        await Api.ExpectNotFoundAsync("addRoomUsers", new { room_id = room, users = new[] { a, 987654 } });

        Assert.Empty(await RoomUsersAsync(room));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData("admin")]
    public async Task AddRoomUsersWithAnInvalidAccessReturnsError13AndAddsNobody(object access)
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Access, "addRoomUsers", new { room_id = room, users = new object[] { new { user_id = a }, new { user_id = b, access } } });

        Assert.Empty(await RoomUsersAsync(room));
    }

    public static TheoryData<object?, string> InvalidLists => new()
    {
        { null, ParamMessages.Users },
        { new object[0], ParamMessages.Users },
        { new { }, ParamMessages.Users },
        { "abc", ParamMessages.Users },
        { 5, ParamMessages.Users },
        { new object[] { "abc" }, ParamMessages.Users },
        { new object?[] { null }, ParamMessages.Users },
        { new object[] { 0 }, ParamMessages.Users },
        { new object[] { new[] { 1 } }, ParamMessages.Users },
        { new object[] { new { access = 2 } }, ParamMessages.UserId },
        { new object[] { new { user_id = "x" } }, ParamMessages.UserId },
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public async Task AddRoomUsersWithAnInvalidListReturnsError13(object? users, string message)
    {
        var room = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(message, "addRoomUsers", new { room_id = room, users });
    }

    [Fact]
    public async Task AddRoomUsersToAnUnknownRoomReturnsError15()
    {
        var a = await Api.CreateUserAsync();

        await Api.ExpectNotFoundAsync("addRoomUsers", new { room_id = 987654, users = new[] { a } });
    }

    [Fact]
    public async Task AddRoomUsersWithoutRoomIdReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "addRoomUsers", new { users = new[] { 1 } });
    }

    [Fact]
    public async Task RemoveRoomUsersReturnsHowManyWereRemoved()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        var c = await Api.CreateUserAsync();
        var withoutAccess = await Api.CreateUserAsync();
        await Api.OkAsync("addRoomUsers", new { room_id = room, users = new[] { a, b, c } });

        var result = await Api.OkAsync("removeRoomUsers", new { room_id = room, users = new object[] { a, b.ToString(System.Globalization.CultureInfo.InvariantCulture), withoutAccess, 987654 } });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(2, result.GetInt32());
        Assert.Equal([c], (await RoomUsersAsync(room)).Select(u => u.GetProperty("user_id").GetInt64()));
        await Api.OkAsync("getUser", new { user_id = a });
    }

    [Fact]
    public async Task RemoveRoomUsersAcceptsObjectEntries()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        await Api.GrantAsync(room, a);

        Assert.Equal(1, (await Api.OkAsync("removeRoomUsers", new { room_id = room, users = new[] { new { user_id = a } } })).GetInt32());
        Assert.Empty(await RoomUsersAsync(room));
    }

    [Fact]
    public async Task RemoveRoomUsersOfOnlyUnknownIdsReturnsZero()
    {
        var room = await Api.CreateRoomAsync();

        Assert.Equal(0, (await Api.OkAsync("removeRoomUsers", new { room_id = room, users = new[] { 987654 } })).GetInt32());
    }

    [Fact]
    public async Task RemoveRoomUsersWithARepeatedIdCountsItOnce()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        await Api.GrantAsync(room, a);

        Assert.Equal(1, (await Api.OkAsync("removeRoomUsers", new { room_id = room, users = new[] { a, a } })).GetInt32());
    }

    [Fact]
    public async Task RemoveRoomUsersWithAnInvalidListReturnsError13()
    {
        var room = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Users, "removeRoomUsers", new { room_id = room });
        await Api.ExpectInvalidAsync(ParamMessages.Users, "removeRoomUsers", new { room_id = room, users = new object[] { 1, "x" } });
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "removeRoomUsers", new { room_id = room, users = new[] { new { id = 1 } } });
    }

    [Fact]
    public async Task RemoveRoomUsersFromAnUnknownRoomReturnsError15()
    {
        await Api.ExpectNotFoundAsync("removeRoomUsers", new { room_id = 987654, users = new[] { 1 } });
    }

    [Fact]
    public async Task UpdateRoomUserReturnsOneAndChangesTheAccess()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        await Api.OkAsync("addRoomUsers", new { room_id = room, users = new[] { a, b } });

        var result = await Api.OkAsync("updateRoomUser", new { room_id = room, user_id = a, access = 3 });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(1, result.GetInt32());
        Assert.Equal(new Dictionary<long, int> { [a] = 3, [b] = 1 }, await AccessByUserAsync(room));
    }

    [Fact]
    public async Task UpdateRoomUserOnAPairWithoutAccessReturnsError15AndAddsNothing()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();

        await Api.ExpectNotFoundAsync("updateRoomUser", new { room_id = room, user_id = a, access = 2 });

        Assert.Empty(await RoomUsersAsync(room));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData("x")]
    public async Task UpdateRoomUserWithoutAValidAccessReturnsError13(object? access)
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        await Api.GrantAsync(room, a, 2);

        await Api.ExpectInvalidAsync(ParamMessages.Access, "updateRoomUser", new { room_id = room, user_id = a, access });

        Assert.Equal(2, (await AccessByUserAsync(room))[a]);
    }

    [Fact]
    public async Task UpdateRoomUserWithUnknownRoomOrUserReturnsError15()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();

        await Api.ExpectNotFoundAsync("updateRoomUser", new { room_id = 987654, user_id = a, access = 2 });
        await Api.ExpectNotFoundAsync("updateRoomUser", new { room_id = room, user_id = 987654, access = 2 });
    }

    [Fact]
    public async Task UpdateRoomUserWithoutIdsReturnsError13()
    {
        var room = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "updateRoomUser", new { user_id = 1, access = 2 });
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "updateRoomUser", new { room_id = room, access = 2 });
    }

    [Fact]
    public async Task GetRoomUsersOfUnknownRoomReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getRoomUsers", new { room_id = 987654 });
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoomUsers", null);
    }
}
