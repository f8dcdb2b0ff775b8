namespace Kelas.Skyroom.Tests.Attendance;

/// <summary>ADR 0004's tenancy for the attendance actions: another account's id answers 12, an id that exists nowhere 15, a bad id 13.</summary>
public sealed class AttendanceTenancyTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>, IAsyncLifetime
{
    private SkyroomWire Api => fixture.Api;

    private long theirRoom;
    private long theirSession;
    private long mySession;

    public async Task InitializeAsync()
    {
        var now = fixture.Factory.Clock.GetUtcNow();
        var myRoom = await Api.CreateRoomAsync();
        mySession = await fixture.Factory.AddSkyroomSessionAsync(myRoom, now.AddHours(-1), now);
        await fixture.Factory.AddSkyroomConnectionAsync(mySession, "من", now.AddHours(-1), now);
        theirRoom = await fixture.OtherApi.CreateRoomAsync();
        theirSession = await fixture.Factory.AddSkyroomSessionAsync(theirRoom, now.AddHours(-1), now);
        await fixture.Factory.AddSkyroomConnectionAsync(theirSession, "دیگری", now.AddHours(-1), now);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnotherAccountsRoomAnswers12()
    {
        await Api.ExpectNotAllowedAsync("getSessions", new { room_id = theirRoom });
        await Api.ExpectNotAllowedAsync("getSessionsCount", new { room_id = theirRoom });
    }

    [Fact]
    public async Task AnotherAccountsSessionAnswers12()
    {
        await Api.ExpectNotAllowedAsync("getSession", new { session_id = theirSession });
        await Api.ExpectNotAllowedAsync("getConnections", new { session_id = theirSession });
        await Api.ExpectNotAllowedAsync("getConnectionsCount", new { session_id = theirSession });
    }

    [Fact]
    public async Task TheOwnerReadsWhatTheOtherAccountIsRefused()
    {
        Assert.Equal(theirSession, Assert.Single(JsonShape.Array(await fixture.OtherApi.OkAsync("getSessions", new { room_id = theirRoom }))).GetProperty("id").GetInt64());
        Assert.Equal("دیگری", Assert.Single(JsonShape.Array(await fixture.OtherApi.OkAsync("getConnections", new { session_id = theirSession }))).GetProperty("nickname").GetString());
        await fixture.OtherApi.ExpectNotAllowedAsync("getSession", new { session_id = mySession });
    }

    [Fact]
    public async Task IdsThatExistNowhereAnswer15WithTheExactMessage()
    {
        const long nowhere = 9_000_000_000;
        await Api.ExpectNotFoundAsync("getSessions", new { room_id = nowhere });
        await Api.ExpectNotFoundAsync("getSessionsCount", new { room_id = nowhere });
        await Api.ExpectNotFoundAsync("getSession", new { session_id = nowhere });
        await Api.ExpectNotFoundAsync("getConnections", new { session_id = nowhere });
        await Api.ExpectNotFoundAsync("getConnectionsCount", new { session_id = nowhere });
        Assert.Equal("داده\u200c مورد نظر پیدا نشد.", SkyroomMessages.NotFound);
    }

    public static TheoryData<string, string> IdActions => new()
    {
        { "getSessions", ParamMessages.RoomId },
        { "getSessionsCount", ParamMessages.RoomId },
        { "getSession", ParamMessages.SessionId },
        { "getConnections", ParamMessages.SessionId },
        { "getConnectionsCount", ParamMessages.SessionId },
    };

    [Theory]
    [MemberData(nameof(IdActions))]
    public async Task MissingOrInvalidIdsAnswer13NamingTheParameter(string action, string message)
    {
        var name = message == ParamMessages.SessionId ? "session_id" : "room_id";

        await Api.ExpectInvalidAsync(message, action, new { });
        await Api.ExpectInvalidAsync(message, action);
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = null });
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = "abc" });
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = 0 });
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = -3 });
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = 1.5 });
        await Api.ExpectInvalidAsync(message, action, new Dictionary<string, object?> { [name] = new[] { 1 } });
    }

    [Fact]
    public async Task ARoomIdDoesNotStandInForASessionIdNorTheOtherWayRound()
    {
        await Api.ExpectInvalidAsync(ParamMessages.SessionId, "getConnections", new { room_id = theirRoom });
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getSessions", new { session_id = mySession });
    }
}
