using System.Text.Json;

namespace Kelas.Skyroom.Tests.Wire;

public sealed class LooseTypeTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private async Task<JsonElement> GetRoomRawAsync(string roomIdJson) =>
        await Api.CallRawJsonAsync("{\"action\":\"getRoom\",\"params\":{\"room_id\":" + roomIdJson + "}}");

    [Theory]
    [InlineData("{0}")]
    [InlineData("\"{0}\"")]
    [InlineData("\" {0} \"")]
    [InlineData("{0}.0")]
    [InlineData("\"+{0}\"")]
    public async Task IdsAreReadFromIntsAndNumericStrings(string format)
    {
        var id = await Api.CreateRoomAsync();

        var room = SkyroomWire.Result(await GetRoomRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, id)));

        Assert.Equal(id, room.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("\"1.5\"")]
    [InlineData("\"1e3\"")]
    [InlineData("\"0x10\"")]
    [InlineData("\"\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("99999999999999999999")]
    [InlineData("1e400")]
    [InlineData("-1")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public async Task IdsThatAreNotPositiveIntegersReturnError13(string roomIdJson)
    {
        Assert.Equal((13, ParamMessages.RoomId), SkyroomWire.Error(await GetRoomRawAsync(roomIdJson)));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"\"", false)]
    public async Task BooleansAreReadFromTrueFalseZeroOneAndTheirStrings(string json, bool expected)
    {
        var name = SkyroomApiFixture.UniqueName();
        var body = "{\"action\":\"createRoom\",\"params\":{\"name\":\"" + name + "\",\"guest_login\":" + json + ",\"op_login_first\":" + json + "}}";

        var id = SkyroomWire.Result(await Api.CallRawJsonAsync(body)).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(expected, room.GetProperty("guest_login").GetBoolean());
        Assert.Equal(expected, room.GetProperty("op_login_first").GetBoolean());
    }

    [Fact]
    public async Task NumbersAreReadFromNumericStrings()
    {
        var id = (await Api.OkAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), status = "0", max_users = "7", guest_limit = "2", session_duration = "45", time_limit = "3600" })).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(0, room.GetProperty("status").GetInt32());
        Assert.Equal(7, room.GetProperty("max_users").GetInt32());
        Assert.Equal(2, room.GetProperty("guest_limit").GetInt32());
        Assert.Equal(45, room.GetProperty("session_duration").GetInt32());
        Assert.Equal(3600, room.GetProperty("time_limit").GetInt64());
    }

    [Fact]
    public async Task NullForAnOptionalFieldMeansNotSet()
    {
        var id = (await Api.OkAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), title = (string?)null, description = (string?)null, max_users = (int?)null, status = (int?)null, guest_login = (bool?)null, service_id = (long?)null })).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        JsonShape.Null(room, "max_users");
        JsonShape.Null(room, "description");
        Assert.Equal(1, room.GetProperty("status").GetInt32());
        Assert.False(room.GetProperty("guest_login").GetBoolean());
    }

    [Fact]
    public async Task StringsAreReadFromNumbers()
    {
        var username = "1234567" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = "{\"action\":\"createUser\",\"params\":{\"username\":" + username + ",\"password\":10,\"nickname\":42,\"fname\":7}}";

        var id = SkyroomWire.Result(await Api.CallRawJsonAsync(body)).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal("42", user.GetProperty("nickname").GetString());
        Assert.Equal("7", user.GetProperty("fname").GetString());
        Assert.True(Kelas.Skyroom.Users.PasswordHasher.Verify("10", (await fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(id)))!));
    }

    [Fact]
    public async Task AccessLevelsAndListEntriesAreReadFromStrings()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();

        await Api.OkAsync("addRoomUsers", new { room_id = room.ToString(System.Globalization.CultureInfo.InvariantCulture), users = new[] { new { user_id = user.ToString(System.Globalization.CultureInfo.InvariantCulture), access = "3" } } });
        await Api.OkAsync("updateRoomUser", new { room_id = room, user_id = user, access = "2" });

        Assert.Equal(2, JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = $" {room} " }))[0].GetProperty("access").GetInt32());
    }

    [Fact]
    public async Task ListsEncodedAsObjectsWithNumericKeysAreRead()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        var body = "{\"action\":\"addRoomUsers\",\"params\":{\"room_id\":" + room + ",\"users\":{\"0\":{\"user_id\":" + a + "},\"1\":" + b + "}}}";

        Assert.Equal(2, SkyroomWire.Result(await Api.CallRawJsonAsync(body)).GetInt32());
    }

    [Fact]
    public async Task UnknownParamsAreIgnored()
    {
        var name = SkyroomApiFixture.UniqueName();

        var body = "{\"action\":\"createRoom\",\"params\":{\"name\":\"" + name + "\",\"opLoginFirst\":true,\"relative\":true,\"foo\":{\"bar\":[1,2]},\"Name\":\"Ignored Too\",\"OP_LOGIN_FIRST\":1}}";
        var id = SkyroomWire.Result(await Api.CallRawJsonAsync(body)).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id, relative = 1, language = "en", extra = (string?)null });
        Assert.Equal(name, room.GetProperty("name").GetString());
        Assert.False(room.GetProperty("op_login_first").GetBoolean());
        Assert.Equal(1, (await Api.OkAsync("ping", new { anything = "goes" })).GetInt32());
    }

    [Fact]
    public async Task ParamNamesAreCaseSensitive()
    {
        var id = await Api.CreateRoomAsync();

        // Raw JSON: the wire helper's serializer would camel-case these names.
        Assert.Equal((13, ParamMessages.RoomId), SkyroomWire.Error(await Api.CallRawJsonAsync("{\"action\":\"getRoom\",\"params\":{\"Room_Id\":" + id + "}}")));
        Assert.Equal((13, ParamMessages.RoomId), SkyroomWire.Error(await Api.CallRawJsonAsync("{\"action\":\"getRoom\",\"params\":{\"ROOM_ID\":" + id + "}}")));
        Assert.Equal((13, ParamMessages.RoomName), SkyroomWire.Error(await Api.CallRawJsonAsync("{\"action\":\"createRoom\",\"params\":{\"Name\":\"" + SkyroomApiFixture.UniqueName() + "\"}}")));
        Assert.Equal((13, ParamMessages.UnknownAction), SkyroomWire.Error(await Api.CallRawJsonAsync("{\"Action\":\"ping\",\"action\":\"Ping\"}")));
    }

    [Theory]
    [InlineData("GetRooms")]
    [InlineData("getrooms")]
    [InlineData("GETROOMS")]
    [InlineData("get_rooms")]
    [InlineData(" getRooms")]
    [InlineData("getRooms ")]
    public async Task ActionNamesAreCaseSensitive(string action)
    {
        await Api.ExpectInvalidAsync(ParamMessages.UnknownAction, action);
    }
}
