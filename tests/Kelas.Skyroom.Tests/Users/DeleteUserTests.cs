using System.Text.Json;

namespace Kelas.Skyroom.Tests.Users;

public sealed class DeleteUserTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task DeleteUserReturnsOneAndTheUserIsGone()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var id = await Api.CreateUserAsync(username);

        var result = await Api.OkAsync("deleteUser", new { user_id = id });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(1, result.GetInt32());
        await Api.ExpectNotFoundAsync("getUser", new { user_id = id });
        await Api.ExpectNotFoundAsync("getUser", new { username });
    }

    [Fact]
    public async Task DeleteUserRemovesItsAccessRowsButNotTheRooms()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        await Api.GrantAsync(room, user);

        await Api.OkAsync("deleteUser", new { user_id = user });

        Assert.Empty(JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = room })));
        Assert.Equal(0, await fixture.Factory.QuerySkyroomAsync(db => db.RoomUserRowsAsync(room)));
        await Api.OkAsync("getRoom", new { room_id = room });
    }

    [Fact]
    public async Task DeleteUserFreesTheUsername()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var id = await Api.CreateUserAsync(username);
        await Api.OkAsync("deleteUser", new { user_id = id });

        Assert.NotEqual(id, await Api.CreateUserAsync(username));
    }

    [Fact]
    public async Task DeleteUserTwiceReturnsError15TheSecondTime()
    {
        var id = await Api.CreateUserAsync();
        await Api.OkAsync("deleteUser", new { user_id = id });

        await Api.ExpectNotFoundAsync("deleteUser", new { user_id = id });
    }

    [Fact]
    public async Task DeleteUserWithoutIdReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "deleteUser");
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "deleteUser", new { username = "someone" });
    }

    [Fact]
    public async Task DeleteUsersCountsSuccessesAndFailures()
    {
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        var kept = await Api.CreateUserAsync();

        var result = await Api.OkAsync("deleteUsers", new { users = new object[] { a, b.ToString(System.Globalization.CultureInfo.InvariantCulture), 987654 } });

        JsonShape.Fields(["success", "failure"], result);
        JsonShape.Integer(result, "success");
        JsonShape.Integer(result, "failure");
        Assert.Equal(2, result.GetProperty("success").GetInt32());
        Assert.Equal(1, result.GetProperty("failure").GetInt32());
        await Api.ExpectNotFoundAsync("getUser", new { user_id = a });
        await Api.ExpectNotFoundAsync("getUser", new { user_id = b });
        await Api.OkAsync("getUser", new { user_id = kept });
    }

    [Fact]
    public async Task DeleteUsersCountsNonNumericEntriesAsFailures()
    {
        var a = await Api.CreateUserAsync();

        var result = await Api.OkAsync("deleteUsers", new { users = new object?[] { a, "abc", null, 0, -3, new { user_id = "x" } } });

        Assert.Equal(1, result.GetProperty("success").GetInt32());
        Assert.Equal(5, result.GetProperty("failure").GetInt32());
    }

    [Fact]
    public async Task DeleteUsersAcceptsObjectEntriesLikeTheOtherListActions()
    {
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();

        var result = await Api.OkAsync("deleteUsers", new { users = new object[] { new { user_id = a }, new { user_id = b.ToString(System.Globalization.CultureInfo.InvariantCulture) } } });

        Assert.Equal(2, result.GetProperty("success").GetInt32());
        Assert.Equal(0, result.GetProperty("failure").GetInt32());
        Assert.Equal(15, (await Api.ErrorAsync("getUser", new { user_id = a })).Code);
    }

    [Fact]
    public async Task DeleteUsersRemovesAccessRows()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        await Api.GrantAsync(room, a);
        await Api.GrantAsync(room, b);

        await Api.OkAsync("deleteUsers", new { users = new[] { a, b } });

        Assert.Equal(0, await fixture.Factory.QuerySkyroomAsync(db => db.RoomUserRowsAsync(room)));
    }

    [Fact]
    public async Task DeleteUsersOfOnlyUnknownIdsReportsThemAllAsFailures()
    {
        var result = await Api.OkAsync("deleteUsers", new { users = new[] { 987654, 987655 } });

        Assert.Equal(0, result.GetProperty("success").GetInt32());
        Assert.Equal(2, result.GetProperty("failure").GetInt32());
    }

    public static TheoryData<object?> InvalidLists => new()
    {
        null,
        new object[0],
        "abc",
        5,
        new { },
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public async Task DeleteUsersWithoutAListReturnsError13(object? users)
    {
        await Api.ExpectInvalidAsync(ParamMessages.Users, "deleteUsers", new { users });
    }
}
