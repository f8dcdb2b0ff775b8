using System.Text.Json;

namespace Kelas.Skyroom.Tests.Rooms;

public sealed class CreateRoomTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task CreateRoomReturnsTheNewIdAndStoresEveryGivenField()
    {
        var name = SkyroomApiFixture.UniqueName("math");
        var result = await Api.OkAsync("createRoom", new
        {
            name,
            title = "کلاس حل تمرین ریاضی",
            description = "شرح",
            status = 0,
            guest_login = true,
            guest_limit = 5,
            op_login_first = true,
            max_users = 10,
            session_duration = 90,
            time_limit = 36000,
        });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        var id = result.GetInt64();
        Assert.True(id > 0);
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        JsonShape.Fields(JsonShape.Room, room);
        var now = fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(id, room.GetProperty("id").GetInt64());
        Assert.Equal(fixture.Tenant.ServiceId, room.GetProperty("service_id").GetInt64());
        Assert.Equal(name, room.GetProperty("name").GetString());
        Assert.Equal("کلاس حل تمرین ریاضی", room.GetProperty("title").GetString());
        Assert.Equal("شرح", room.GetProperty("description").GetString());
        Assert.Equal(0, room.GetProperty("status").GetInt32());
        Assert.True(room.GetProperty("guest_login").GetBoolean());
        Assert.Equal(5, room.GetProperty("guest_limit").GetInt32());
        Assert.True(room.GetProperty("op_login_first").GetBoolean());
        Assert.Equal(10, room.GetProperty("max_users").GetInt32());
        Assert.Equal(90, room.GetProperty("session_duration").GetInt32());
        Assert.Equal(36000, room.GetProperty("time_limit").GetInt64());
        Assert.Equal(0, room.GetProperty("time_usage").GetInt64());
        Assert.Equal(0, room.GetProperty("time_total").GetInt64());
        Assert.Equal(now, room.GetProperty("create_time").GetInt64());
        Assert.Equal(now, room.GetProperty("update_time").GetInt64());
    }

    [Fact]
    public async Task CreateRoomWithOnlyANameUsesTheDocumentedDefaults()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(name, room.GetProperty("title").GetString());
        JsonShape.Null(room, "description");
        Assert.Equal(1, room.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.False, room.GetProperty("guest_login").ValueKind);
        Assert.Equal(0, room.GetProperty("guest_limit").GetInt32());
        Assert.Equal(JsonValueKind.False, room.GetProperty("op_login_first").ValueKind);
        JsonShape.Null(room, "max_users");
        JsonShape.Null(room, "session_duration");
        JsonShape.Null(room, "time_limit");
        JsonShape.Integer(room, "time_usage");
        JsonShape.Integer(room, "time_total");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateRoomWithoutTitleUsesTheName(string? title)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = (await Api.OkAsync("createRoom", new { name, title })).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(name, room.GetProperty("title").GetString());
    }

    [Fact]
    public async Task CreateRoomStoresTheNameLowercase()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var id = await Api.CreateRoomAsync($"Math-Exercise_1.A{suffix.ToUpperInvariant()}");

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal($"math-exercise_1.a{suffix}", room.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateRoomAcceptsANameOf128Characters()
    {
        var name = ("n" + Guid.NewGuid().ToString("N")).PadRight(128, 'x');
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal(name, (await Api.OkAsync("getRoom", new { room_id = id })).GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateRoomWithTakenNameReturnsError14()
    {
        var name = SkyroomApiFixture.UniqueName();
        await Api.CreateRoomAsync(name);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateRoom, "createRoom", new { name });
    }

    [Fact]
    public async Task CreateRoomWithTakenNameInOtherCaseReturnsError14()
    {
        var name = SkyroomApiFixture.UniqueName();
        await Api.CreateRoomAsync(name);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateRoom, "createRoom", new { name = name.ToUpperInvariant() });
    }

    public static TheoryData<object?> InvalidNames => new()
    {
        null,
        "",
        "   ",
        "has space",
        "کلاس",
        "a/b",
        "a?b",
        "نام-room",
        ".",
        "..",
        new string('x', 129),
        true,
        new { name = "x" },
        new[] { "room" },
    };

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task CreateRoomWithInvalidNameReturnsError13WithTheRoomNameMessage(object? name)
    {
        var before = (await Api.OkAsync("countRooms")).GetInt32();

        await Api.ExpectInvalidAsync(ParamMessages.RoomName, "createRoom", new { name, title = "t" });
        Assert.Equal(before, (await Api.OkAsync("countRooms")).GetInt32());
    }

    [Fact]
    public async Task CreateRoomWithoutParamsReturnsError13WithTheRoomNameMessage()
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomName, "createRoom");
    }

    public static TheoryData<string, object, string> InvalidFields => new()
    {
        { "title", new string('t', 129), ParamMessages.Title },
        { "title", new { }, ParamMessages.Title },
        { "description", new string('d', 513), ParamMessages.Description },
        { "description", new[] { 1 }, ParamMessages.Description },
        { "status", 2, ParamMessages.Status },
        { "status", -1, ParamMessages.Status },
        { "status", "active", ParamMessages.Status },
        { "guest_login", "yes", ParamMessages.GuestLogin },
        { "guest_login", 2, ParamMessages.GuestLogin },
        { "guest_limit", -1, ParamMessages.GuestLimit },
        { "op_login_first", new { }, ParamMessages.OpLoginFirst },
        { "max_users", -1, ParamMessages.MaxUsers },
        { "max_users", "ten", ParamMessages.MaxUsers },
        { "max_users", 2_147_483_648L, ParamMessages.MaxUsers },
        { "session_duration", 1.5, ParamMessages.SessionDuration },
        { "time_limit", true, ParamMessages.TimeLimit },
        { "service_id", 0, ParamMessages.ServiceId },
        { "service_id", "abc", ParamMessages.ServiceId },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task CreateRoomWithAnInvalidFieldReturnsError13NamingIt(string field, object value, string message)
    {
        var parameters = new Dictionary<string, object?> { ["name"] = SkyroomApiFixture.UniqueName(), [field] = value };

        await Api.ExpectInvalidAsync(message, "createRoom", parameters);
        await Api.ExpectNotFoundAsync("getRoom", new { name = parameters["name"] });
    }

    [Fact]
    public async Task CreateRoomAcceptsTheLongestTitleAndDescription()
    {
        var title = new string('ت', 128);
        var description = new string('ش', 512);
        var id = (await Api.OkAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), title, description })).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(title, room.GetProperty("title").GetString());
        Assert.Equal(description, room.GetProperty("description").GetString());
    }

    [Fact]
    public async Task CreateRoomWithUnknownServiceReturnsError15()
    {
        await Api.ExpectNotFoundAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), service_id = 987654 });
    }

    [Fact]
    public async Task CreateRoomWithoutServiceIdUsesTheSingleActiveService()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = Api.WithKey(tenant.ApiKey);
        var inactive = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug, "غیرفعال");
        await fixture.Factory.SetSkyroomServiceStatusAsync(tenant.Slug, inactive, active: false);

        var id = await api.CreateRoomAsync();

        Assert.Equal(tenant.ServiceId, (await api.OkAsync("getRoom", new { room_id = id })).GetProperty("service_id").GetInt64());
    }

    [Fact]
    public async Task CreateRoomWithoutAnyServiceReturnsError14()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync(withService: false);
        var api = Api.WithKey(tenant.ApiKey);

        await api.ExpectErrorAsync(14, ParamMessages.NoActiveService, "createRoom", new { name = "first" });
        Assert.Equal(0, (await api.OkAsync("countRooms")).GetInt32());
    }

    [Fact]
    public async Task CreateRoomWhenTheOnlyServiceIsInactiveReturnsError14()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        await fixture.Factory.SetSkyroomServiceStatusAsync(tenant.Slug, tenant.ServiceId, active: false);

        await Api.WithKey(tenant.ApiKey).ExpectErrorAsync(14, ParamMessages.NoActiveService, "createRoom", new { name = "first" });
    }

    [Fact]
    public async Task CreateRoomWithSeveralActiveServicesNeedsServiceId()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = Api.WithKey(tenant.ApiKey);
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug);

        await api.ExpectInvalidAsync(ParamMessages.SeveralActiveServices, "createRoom", new { name = "first" });
        await api.ExpectInvalidAsync(ParamMessages.SeveralActiveServices, "createRoom", new { name = "first", service_id = (long?)null });

        var id = (await api.OkAsync("createRoom", new { name = "first", service_id = second })).GetInt64();
        Assert.Equal(second, (await api.OkAsync("getRoom", new { room_id = id })).GetProperty("service_id").GetInt64());
    }
}
