using System.Text;
using System.Text.Json;

namespace Kelas.Skyroom.Tests.Wire;

/// <summary>Every action, raw over HTTP: HTTP 200, JSON, and exactly the envelope's keys in both outcomes.</summary>
public sealed class EnvelopeTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>, IAsyncLifetime
{
    private static readonly string[] Actions =
    [
        "getServices", "getRooms", "countRooms", "getRoom", "getRoomUrl", "createRoom", "updateRoom", "deleteRoom",
        "getRoomUsers", "addRoomUsers", "removeRoomUsers", "updateRoomUser", "getUsers", "countUsers", "getUser",
        "createUser", "createUsers", "updateUser", "deleteUser", "deleteUsers", "getUserRooms", "addUserRooms",
        "removeUserRooms", "createLoginUrl", "getLoginUrl", "ping", "getSessions", "getSessionsCount", "getSession",
        "getConnections", "getConnectionsCount",
    ];

    private SkyroomWire Api => fixture.Api;

    private long room;
    private long user;
    private long session;

    public async Task InitializeAsync()
    {
        room = await Api.CreateRoomAsync();
        user = await Api.CreateUserAsync();
        await Api.GrantAsync(room, user);
        session = await fixture.Factory.AddSkyroomSessionAsync(room, fixture.Factory.Clock.GetUtcNow().AddMinutes(-5));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> ActionNames => [.. Actions];

    [Fact]
    public void TheServerHasExactlyTheActionsThisSuiteCovers()
    {
        Assert.Equal(Actions.Order(StringComparer.Ordinal), SkyroomActionTable.CreateDefault().Names.Order(StringComparer.Ordinal));
    }

    private object SuccessParams(string action) => action switch
    {
        "getRoom" or "getRoomUrl" or "getRoomUsers" or "getSessions" or "getSessionsCount" => new { room_id = room },
        "getSession" or "getConnections" or "getConnectionsCount" => new { session_id = session },
        "createRoom" => new { name = SkyroomApiFixture.UniqueName() },
        "updateRoom" => new { room_id = room, title = "t" },
        "deleteRoom" => new { room_id = room },
        "addRoomUsers" or "removeRoomUsers" => new { room_id = room, users = new[] { user } },
        "updateRoomUser" => new { room_id = room, user_id = user, access = 2 },
        "getUser" or "getUserRooms" or "deleteUser" => new { user_id = user },
        "createUser" => new { username = SkyroomApiFixture.UniqueName("e"), password = "p", nickname = "n" },
        "createUsers" => new { users = new[] { new { username = SkyroomApiFixture.UniqueName("e"), password = "p", nickname = "n" } } },
        "updateUser" => new { user_id = user, nickname = "n2" },
        "deleteUsers" => new { users = new[] { user } },
        "addUserRooms" or "removeUserRooms" => new { user_id = user, rooms = new[] { room } },
        "createLoginUrl" => new { room_id = room, user_id = "u", nickname = "n" },
        "getLoginUrl" => new { room_id = room, user_id = user },
        _ => new { },
    };

    private static async Task<JsonElement> RawAsync(SkyroomWire api, string action, object parameters) =>
        await api.SendEnvelopeAsync(api.Post(new StringContent(JsonSerializer.Serialize(new { action, @params = parameters }), Encoding.UTF8, "application/json")));

    [Theory]
    [MemberData(nameof(ActionNames))]
    public async Task EverySuccessIsExactlyOkAndResult(string action)
    {
        var envelope = await RawAsync(Api, action, SuccessParams(action));

        Assert.Equal(JsonValueKind.True, envelope.GetProperty("ok").ValueKind);
    }

    [Theory]
    [MemberData(nameof(ActionNames))]
    public async Task EveryFailureIsExactlyOkErrorCodeAndErrorMessage(string action)
    {
        // Actions without params cannot fail on input: they are called with an unknown key instead.
        var envelope = action is "ping" or "getServices" or "getRooms" or "countRooms" or "getUsers" or "countUsers"
            ? await RawAsync(Api.WithKey("apikey-0-000000-" + new string('0', 34)), action, new { })
            : await RawAsync(Api, action, new { room_id = "x", user_id = "x", session_id = "x", users = "x", rooms = "x", name = "x y", username = "x y" });

        Assert.Equal(JsonValueKind.False, envelope.GetProperty("ok").ValueKind);
        Assert.InRange(envelope.GetProperty("error_code").GetInt32(), 10, 15);
        Assert.False(string.IsNullOrWhiteSpace(envelope.GetProperty("error_message").GetString()));
    }

    public static TheoryData<string, string, string> OverlongLists => new()
    {
        { "addRoomUsers", "users", ParamMessages.Users },
        { "removeRoomUsers", "users", ParamMessages.Users },
        { "addUserRooms", "rooms", ParamMessages.Rooms },
        { "removeUserRooms", "rooms", ParamMessages.Rooms },
        { "deleteUsers", "users", ParamMessages.Users },
        { "createUsers", "users", ParamMessages.Users },
    };

    [Theory]
    [MemberData(nameof(OverlongLists))]
    public async Task AListOfMoreThanAThousandEntriesReturnsError13(string action, string list, string message)
    {
        var parameters = new Dictionary<string, object?> { ["room_id"] = room, ["user_id"] = user, [list] = Enumerable.Range(1, 1001).ToArray() };

        await Api.ExpectInvalidAsync(message, action, parameters);
    }

    [Fact]
    public async Task AListOfAThousandEntriesIsAccepted()
    {
        var result = await Api.OkAsync("deleteUsers", new { users = Enumerable.Range(900_000, 1000).ToArray() });

        Assert.Equal(0, result.GetProperty("success").GetInt32());
        Assert.Equal(1000, result.GetProperty("failure").GetInt32());
    }
}
