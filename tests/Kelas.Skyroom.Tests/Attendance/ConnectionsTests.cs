using System.Text.Json;

namespace Kelas.Skyroom.Tests.Attendance;

public sealed class ConnectionsTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private static readonly string[] ConnectionShape = ["id", "nickname", "client_id", "start_time", "stop_time", "status", "api_user_id", "duration"];

    private SkyroomWire Api => fixture.Api;

    private KelasFactory Factory => fixture.Factory;

    [Fact]
    public async Task GetConnectionsListsEachStretchInOrderOfStartWithEveryField()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        var now = Factory.Clock.GetUtcNow();
        var session = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-1));
        var guest = await Factory.AddSkyroomConnectionAsync(session, "میهمان", now.AddMinutes(-30), now.AddMinutes(-20), guest: true, clientId: "guest/abc");
        var linked = await Factory.AddSkyroomConnectionAsync(session, "علی رضایی", now.AddHours(-1), now.AddMinutes(-15), status: 2, apiUserId: "student-42");
        var online = await Factory.AddSkyroomConnectionAsync(session, "استاد", now.AddMinutes(-45), userId: user, access: 3);

        var connections = JsonShape.Array(await Api.OkAsync("getConnections", new { session_id = session }));

        Assert.Equal([linked, online, guest], connections.Select(c => c.GetProperty("id").GetInt64()));
        foreach (var connection in connections)
        {
            JsonShape.Fields(ConnectionShape, connection);
            JsonShape.Integer(connection, "status");
        }

        var first = connections[0];
        Assert.Equal("علی رضایی", first.GetProperty("nickname").GetString());
        Assert.Equal("@api/student-42", first.GetProperty("client_id").GetString());
        Assert.Equal("student-42", first.GetProperty("api_user_id").GetString());
        Assert.Equal(now.AddHours(-1).ToUnixTimeSeconds(), first.GetProperty("start_time").GetInt64());
        Assert.Equal(now.AddMinutes(-15).ToUnixTimeSeconds(), first.GetProperty("stop_time").GetInt64());
        Assert.Equal(2, first.GetProperty("status").GetInt32());
        Assert.Equal(45 * 60, first.GetProperty("duration").GetInt64());

        var second = connections[1];
        Assert.Equal($"user/{user}", second.GetProperty("client_id").GetString());
        JsonShape.Null(second, "api_user_id");
        JsonShape.Null(second, "stop_time");
        Assert.Equal(1, second.GetProperty("status").GetInt32());
        Assert.Equal(45 * 60, second.GetProperty("duration").GetInt64());

        var third = connections[2];
        Assert.Equal("guest/abc", third.GetProperty("client_id").GetString());
        JsonShape.Null(third, "api_user_id");
        Assert.Equal(0, third.GetProperty("status").GetInt32());
        Assert.Equal(600, third.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task AnOpenConnectionsDurationCountsUpWithTheClock()
    {
        var room = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        var session = await Factory.AddSkyroomSessionAsync(room, now.AddMinutes(-2));
        await Factory.AddSkyroomConnectionAsync(session, "سارا", now.AddMinutes(-2));
        await Factory.AddSkyroomConnectionAsync(session, "Sara", now.AddMinutes(-2), now.AddMinutes(-1));

        Factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var connections = JsonShape.Array(await Api.OkAsync("getConnections", new { session_id = session }));

        Assert.Equal([160L, 60L], connections.Select(c => c.GetProperty("duration").GetInt64()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task StatusIsTheStoredInteger(int status)
    {
        var room = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        var session = await Factory.AddSkyroomSessionAsync(room, now.AddMinutes(-10), now);
        await Factory.AddSkyroomConnectionAsync(session, "n", now.AddMinutes(-10), now, status: status);

        var connection = Assert.Single(JsonShape.Array(await Api.OkAsync("getConnections", new { session_id = session })));

        Assert.Equal(status, connection.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ConnectionsOfOtherSessionsAreNeitherListedNorCounted()
    {
        var room = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        var earlier = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-3), now.AddHours(-2));
        var later = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-1), now);
        await Factory.AddSkyroomConnectionAsync(earlier, "a", now.AddHours(-3), now.AddHours(-2));
        await Factory.AddSkyroomConnectionAsync(earlier, "b", now.AddHours(-3), now.AddHours(-2));
        var only = await Factory.AddSkyroomConnectionAsync(later, "c", now.AddHours(-1), now);

        var count = await Api.OkAsync("getConnectionsCount", new { session_id = later });

        Assert.Equal(JsonValueKind.Number, count.ValueKind);
        Assert.Equal(1, count.GetInt32());
        Assert.Equal(2, (await Api.OkAsync("getConnectionsCount", new { session_id = earlier })).GetInt32());
        Assert.Equal(only, Assert.Single(JsonShape.Array(await Api.OkAsync("getConnections", new { session_id = later }))).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ASessionWithoutConnectionsHasAnEmptyListAndACountOfZero()
    {
        var room = await Api.CreateRoomAsync();
        var session = await Factory.AddSkyroomSessionAsync(room, Factory.Clock.GetUtcNow());

        Assert.Empty(JsonShape.Array(await Api.OkAsync("getConnections", new { session_id = session })));
        Assert.Equal(0, (await Api.OkAsync("getConnectionsCount", new { session_id = session.ToString(System.Globalization.CultureInfo.InvariantCulture) })).GetInt32());
    }
}
