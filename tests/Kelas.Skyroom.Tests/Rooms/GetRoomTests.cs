namespace Kelas.Skyroom.Tests.Rooms;

public sealed class GetRoomTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task GetRoomByIdReturnsTheFullObjectWithTypedFields()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = (await Api.OkAsync("createRoom", new { name, title = "اتاق جلسات", max_users = 8, op_login_first = true })).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });

        JsonShape.Fields(JsonShape.Room, room);
        foreach (var field in new[] { "id", "service_id", "status", "guest_limit", "max_users", "time_usage", "time_total", "create_time", "update_time" })
        {
            JsonShape.Integer(room, field);
        }

        foreach (var field in new[] { "guest_login", "op_login_first" })
        {
            JsonShape.Boolean(room, field);
        }

        JsonShape.Kind(System.Text.Json.JsonValueKind.String, room, "name");
        JsonShape.Kind(System.Text.Json.JsonValueKind.String, room, "title");
        JsonShape.Null(room, "description");
        JsonShape.Null(room, "session_duration");
        JsonShape.Null(room, "time_limit");
        Assert.Equal(0, room.GetProperty("time_usage").GetInt64());
        Assert.Equal(0, room.GetProperty("time_total").GetInt64());
        Assert.Equal(8, room.GetProperty("max_users").GetInt32());
        Assert.Equal("اتاق جلسات", room.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetRoomByNameReturnsTheSameObjectAsById()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        var byId = await Api.OkAsync("getRoom", new { room_id = id });
        var byName = await Api.OkAsync("getRoom", new { name });

        Assert.Equal(byId.GetRawText(), byName.GetRawText());
    }

    [Fact]
    public async Task GetRoomByNameIgnoresCase()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal(id, (await Api.OkAsync("getRoom", new { name = name.ToUpperInvariant() })).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task GetRoomWithBothIdAndNameUsesTheId()
    {
        var id = await Api.CreateRoomAsync();
        var otherName = SkyroomApiFixture.UniqueName();
        await Api.CreateRoomAsync(otherName);

        Assert.Equal(id, (await Api.OkAsync("getRoom", new { room_id = id, name = otherName })).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task GetRoomWithNullIdFallsBackToTheName()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal(id, (await Api.OkAsync("getRoom", new { room_id = (long?)null, name })).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task GetRoomWithUnknownIdReturnsError15WithTheZwnjMessage()
    {
        var (code, message) = await Api.ErrorAsync("getRoom", new { room_id = 987654 });

        Assert.Equal(15, code);
        Assert.Equal("داده\u200c مورد نظر پیدا نشد.", message);
    }

    [Fact]
    public async Task GetRoomWithUnknownNameReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getRoom", new { name = SkyroomApiFixture.UniqueName("never") });
    }

    [Fact]
    public async Task GetRoomOfADeletedRoomReturnsError15()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);
        await Api.OkAsync("deleteRoom", new { room_id = id });

        await Api.ExpectNotFoundAsync("getRoom", new { room_id = id });
        await Api.ExpectNotFoundAsync("getRoom", new { name });
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("کلاس")]
    [InlineData("a/b")]
    public async Task GetRoomWithInvalidNameReturnsError13(string name)
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomName, "getRoom", new { name });
    }

    [Fact]
    public async Task GetRoomWithNeitherIdNorNameReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoom", null);
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoom", new { });
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoom", new { room_id = (long?)null, name = (string?)null });
    }

    [Theory]
    [InlineData("abc")]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(1.5)]
    [InlineData(true)]
    public async Task GetRoomWithInvalidIdReturnsError13(object roomId)
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoom", new { room_id = roomId });
    }
}
