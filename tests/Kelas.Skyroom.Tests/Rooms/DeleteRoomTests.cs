using System.Text.Json;

namespace Kelas.Skyroom.Tests.Rooms;

public sealed class DeleteRoomTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task DeleteRoomReturnsOneAndTheRoomIsGone()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);
        var before = (await Api.OkAsync("countRooms")).GetInt32();

        var result = await Api.OkAsync("deleteRoom", new { room_id = id });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(1, result.GetInt32());
        await Api.ExpectNotFoundAsync("getRoom", new { room_id = id });
        Assert.Equal(before - 1, (await Api.OkAsync("countRooms")).GetInt32());
        Assert.DoesNotContain(JsonShape.Array(await Api.OkAsync("getRooms")), r => r.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task DeleteRoomRemovesItsAccessRowsButNotTheUsers()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        await Api.GrantAsync(room, user, 2);

        await Api.OkAsync("deleteRoom", new { room_id = room });

        Assert.Equal(0, await fixture.Factory.QuerySkyroomAsync(db => db.RoomUserRowsAsync(room)));
        Assert.Empty(JsonShape.Array(await Api.OkAsync("getUserRooms", new { user_id = user })));
        await Api.OkAsync("getUser", new { user_id = user });
    }

    [Fact]
    public async Task DeleteRoomFreesItsName()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);
        await Api.OkAsync("deleteRoom", new { room_id = id });

        var again = await Api.CreateRoomAsync(name);

        Assert.NotEqual(id, again);
    }

    [Fact]
    public async Task DeleteRoomTwiceReturnsError15TheSecondTime()
    {
        var id = await Api.CreateRoomAsync();
        await Api.OkAsync("deleteRoom", new { room_id = id });

        await Api.ExpectNotFoundAsync("deleteRoom", new { room_id = id });
    }

    [Fact]
    public async Task DeleteRoomWithUnknownIdReturnsError15()
    {
        await Api.ExpectNotFoundAsync("deleteRoom", new { room_id = 987654 });
    }

    [Fact]
    public async Task DeleteRoomWithoutIdReturnsError13AndDeletesNothing()
    {
        var before = (await Api.OkAsync("countRooms")).GetInt32();

        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "deleteRoom", null);
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "deleteRoom", new { name = "anything" });
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "deleteRoom", new { room_id = new[] { 1, 2 } });
        Assert.Equal(before, (await Api.OkAsync("countRooms")).GetInt32());
    }
}
