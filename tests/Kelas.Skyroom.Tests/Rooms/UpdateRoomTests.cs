using System.Text.Json;

namespace Kelas.Skyroom.Tests.Rooms;

public sealed class UpdateRoomTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private async Task<(long Id, string Name)> CreateFullRoomAsync()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = (await Api.OkAsync("createRoom", new
        {
            name,
            title = "عنوان",
            description = "شرح",
            guest_login = true,
            guest_limit = 3,
            op_login_first = true,
            max_users = 10,
            session_duration = 60,
            time_limit = 1000,
        })).GetInt64();
        return (id, name);
    }

    private Task<JsonElement> GetRoomAsync(long id) => Api.OkAsync("getRoom", new { room_id = id });

    [Fact]
    public async Task UpdateRoomReturnsOneAndChangesOnlyTheGivenField()
    {
        var (id, _) = await CreateFullRoomAsync();
        var before = await GetRoomAsync(id);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Api.OkAsync("updateRoom", new { room_id = id, max_users = 20 });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(1, result.GetInt32());
        var after = await GetRoomAsync(id);
        JsonShape.Fields(JsonShape.Room, after);
        Assert.Equal(20, after.GetProperty("max_users").GetInt32());
        Assert.Equal(fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds(), after.GetProperty("update_time").GetInt64());
        foreach (var field in JsonShape.Room.Except(["max_users", "update_time"]))
        {
            Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        }
    }

    [Fact]
    public async Task UpdateRoomChangesEveryWritableField()
    {
        var (id, _) = await CreateFullRoomAsync();
        var name = SkyroomApiFixture.UniqueName("Renamed");

        await Api.OkAsync("updateRoom", new
        {
            room_id = id,
            name,
            title = "عنوان تازه",
            description = "شرح تازه",
            status = 0,
            guest_login = false,
            guest_limit = 0,
            op_login_first = false,
            max_users = 5,
            session_duration = 30,
            time_limit = 50,
        });

        var room = await GetRoomAsync(id);
        Assert.Equal(name.ToLowerInvariant(), room.GetProperty("name").GetString());
        Assert.Equal("عنوان تازه", room.GetProperty("title").GetString());
        Assert.Equal("شرح تازه", room.GetProperty("description").GetString());
        Assert.Equal(0, room.GetProperty("status").GetInt32());
        Assert.False(room.GetProperty("guest_login").GetBoolean());
        Assert.Equal(0, room.GetProperty("guest_limit").GetInt32());
        Assert.False(room.GetProperty("op_login_first").GetBoolean());
        Assert.Equal(5, room.GetProperty("max_users").GetInt32());
        Assert.Equal(30, room.GetProperty("session_duration").GetInt32());
        Assert.Equal(50, room.GetProperty("time_limit").GetInt64());
    }

    [Fact]
    public async Task UpdateRoomWithNullLimitsMakesThemUnlimited()
    {
        var (id, _) = await CreateFullRoomAsync();

        await Api.OkAsync("updateRoom", new { room_id = id, max_users = (int?)null, session_duration = (int?)null, time_limit = (long?)null });

        var room = await GetRoomAsync(id);
        JsonShape.Null(room, "max_users");
        JsonShape.Null(room, "session_duration");
        JsonShape.Null(room, "time_limit");
    }

    [Fact]
    public async Task UpdateRoomWithNullForOtherFieldsLeavesThemUnchanged()
    {
        var (id, name) = await CreateFullRoomAsync();

        await Api.OkAsync("updateRoom", new
        {
            room_id = id,
            name = (string?)null,
            title = (string?)null,
            status = (int?)null,
            guest_login = (bool?)null,
            guest_limit = (int?)null,
            op_login_first = (bool?)null,
            service_id = (long?)null,
        });

        var room = await GetRoomAsync(id);
        Assert.Equal(name, room.GetProperty("name").GetString());
        Assert.Equal("عنوان", room.GetProperty("title").GetString());
        Assert.Equal(1, room.GetProperty("status").GetInt32());
        Assert.True(room.GetProperty("guest_login").GetBoolean());
        Assert.Equal(3, room.GetProperty("guest_limit").GetInt32());
        Assert.True(room.GetProperty("op_login_first").GetBoolean());
        Assert.Equal(10, room.GetProperty("max_users").GetInt32());
    }

    [Fact]
    public async Task UpdateRoomWithNullDescriptionClearsIt()
    {
        var (id, _) = await CreateFullRoomAsync();

        await Api.OkAsync("updateRoom", new { room_id = id, description = (string?)null });

        JsonShape.Null(await GetRoomAsync(id), "description");
    }

    [Fact]
    public async Task UpdateRoomWithOnlyTheIdChangesNothingButUpdateTime()
    {
        var (id, _) = await CreateFullRoomAsync();
        var before = await GetRoomAsync(id);

        Assert.Equal(1, (await Api.OkAsync("updateRoom", new { room_id = id })).GetInt32());

        var after = await GetRoomAsync(id);
        foreach (var field in JsonShape.Room.Except(["update_time"]))
        {
            Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        }
    }

    [Fact]
    public async Task UpdateRoomRenameMovesTheNameLookup()
    {
        var (id, oldName) = await CreateFullRoomAsync();
        var newName = SkyroomApiFixture.UniqueName("moved");

        await Api.OkAsync("updateRoom", new { room_id = id, name = newName.ToUpperInvariant() });

        Assert.Equal(id, (await Api.OkAsync("getRoom", new { name = newName })).GetProperty("id").GetInt64());
        await Api.ExpectNotFoundAsync("getRoom", new { name = oldName });
    }

    [Fact]
    public async Task UpdateRoomToItsOwnNameInOtherCaseSucceeds()
    {
        var (id, name) = await CreateFullRoomAsync();

        Assert.Equal(1, (await Api.OkAsync("updateRoom", new { room_id = id, name = name.ToUpperInvariant() })).GetInt32());
        Assert.Equal(name, (await GetRoomAsync(id)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateRoomWithTakenNameReturnsError14AndChangesNothing()
    {
        var (id, name) = await CreateFullRoomAsync();
        var taken = SkyroomApiFixture.UniqueName();
        await Api.CreateRoomAsync(taken);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateRoom, "updateRoom", new { room_id = id, name = taken.ToUpperInvariant(), title = "changed" });

        var room = await GetRoomAsync(id);
        Assert.Equal(name, room.GetProperty("name").GetString());
        Assert.Equal("عنوان", room.GetProperty("title").GetString());
    }

    public static TheoryData<string, object, string> InvalidFields => new()
    {
        { "name", "has space", ParamMessages.RoomName },
        { "name", "", ParamMessages.RoomName },
        { "name", new string('n', 129), ParamMessages.RoomName },
        { "title", "", ParamMessages.Title },
        { "title", "  ", ParamMessages.Title },
        { "title", new string('t', 129), ParamMessages.Title },
        { "description", new string('d', 513), ParamMessages.Description },
        { "status", 5, ParamMessages.Status },
        { "guest_login", "maybe", ParamMessages.GuestLogin },
        { "guest_limit", "-3", ParamMessages.GuestLimit },
        { "op_login_first", 7, ParamMessages.OpLoginFirst },
        { "max_users", new { }, ParamMessages.MaxUsers },
        { "session_duration", -1, ParamMessages.SessionDuration },
        { "time_limit", "a lot", ParamMessages.TimeLimit },
        { "service_id", -4, ParamMessages.ServiceId },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task UpdateRoomWithAnInvalidFieldReturnsError13AndChangesNothing(string field, object value, string message)
    {
        var (id, _) = await CreateFullRoomAsync();
        var before = await GetRoomAsync(id);

        await Api.ExpectInvalidAsync(message, "updateRoom", new Dictionary<string, object?> { ["room_id"] = id, ["max_users"] = 99, [field] = value });

        Assert.Equal(before.GetRawText(), (await GetRoomAsync(id)).GetRawText());
    }

    [Fact]
    public async Task UpdateRoomMovesTheRoomToAnotherServiceOfTheAccount()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = Api.WithKey(tenant.ApiKey);
        var id = await api.CreateRoomAsync();
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug);

        await api.OkAsync("updateRoom", new { room_id = id, service_id = second.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(second, (await api.OkAsync("getRoom", new { room_id = id })).GetProperty("service_id").GetInt64());
    }

    [Fact]
    public async Task UpdateRoomWithUnknownServiceReturnsError15()
    {
        var (id, _) = await CreateFullRoomAsync();

        await Api.ExpectNotFoundAsync("updateRoom", new { room_id = id, service_id = 987654 });
        Assert.Equal(fixture.Tenant.ServiceId, (await GetRoomAsync(id)).GetProperty("service_id").GetInt64());
    }

    [Fact]
    public async Task UpdateRoomWithUnknownIdReturnsError15()
    {
        await Api.ExpectNotFoundAsync("updateRoom", new { room_id = 987654, title = "x" });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task UpdateRoomWithoutAValidIdReturnsError13(object? roomId)
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "updateRoom", new { room_id = roomId, title = "x" });
    }
}
