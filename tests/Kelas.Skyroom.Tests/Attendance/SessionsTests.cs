using System.Text.Json;

namespace Kelas.Skyroom.Tests.Attendance;

public sealed class SessionsTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private static readonly string[] SessionShape = ["id", "room_id", "start_time", "stop_time", "duration"];

    private SkyroomWire Api => fixture.Api;

    private KelasFactory Factory => fixture.Factory;

    [Fact]
    public async Task GetSessionsListsTheRoomsSessionsOldestFirstWithStopTimeNullWhileOpen()
    {
        var room = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        var open = await Factory.AddSkyroomSessionAsync(room, now.AddMinutes(-10));
        var second = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-3), now.AddHours(-2));
        var first = await Factory.AddSkyroomSessionAsync(room, now.AddDays(-1), now.AddDays(-1).AddSeconds(5400));

        var sessions = JsonShape.Array(await Api.OkAsync("getSessions", new { room_id = room }));

        Assert.Equal([first, second, open], sessions.Select(s => s.GetProperty("id").GetInt64()));
        foreach (var session in sessions)
        {
            JsonShape.Fields(SessionShape, session);
            Assert.Equal(room, session.GetProperty("room_id").GetInt64());
        }

        Assert.Equal(now.AddDays(-1).ToUnixTimeSeconds(), sessions[0].GetProperty("start_time").GetInt64());
        Assert.Equal(now.AddDays(-1).AddSeconds(5400).ToUnixTimeSeconds(), sessions[0].GetProperty("stop_time").GetInt64());
        Assert.Equal(5400, sessions[0].GetProperty("duration").GetInt64());
        Assert.Equal(3600, sessions[1].GetProperty("duration").GetInt64());
        JsonShape.Null(sessions[2], "stop_time");
        Assert.Equal(600, sessions[2].GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task SessionsStartingAtTheSameSecondAreListedInIdOrder()
    {
        var room = await Api.CreateRoomAsync();
        var start = Factory.Clock.GetUtcNow().AddHours(-5);
        var a = await Factory.AddSkyroomSessionAsync(room, start, start.AddMinutes(1));
        var b = await Factory.AddSkyroomSessionAsync(room, start, start.AddMinutes(2));

        var sessions = JsonShape.Array(await Api.OkAsync("getSessions", new { room_id = room }));

        Assert.Equal([a, b], sessions.Select(s => s.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task AnOpenSessionsDurationCountsUpWithTheClockAndAClosedOnesDoesNot()
    {
        var room = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        var closed = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-2), now.AddHours(-1));
        var open = await Factory.AddSkyroomSessionAsync(room, now.AddSeconds(-30));

        Assert.Equal(30, (await Api.OkAsync("getSession", new { session_id = open })).GetProperty("duration").GetInt64());
        Factory.Clock.Advance(TimeSpan.FromSeconds(95));

        var later = await Api.OkAsync("getSession", new { session_id = open });
        JsonShape.Fields(SessionShape, later);
        Assert.Equal(125, later.GetProperty("duration").GetInt64());
        JsonShape.Null(later, "stop_time");
        Assert.Equal(3600, (await Api.OkAsync("getSession", new { session_id = closed })).GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task GetSessionAnswersOneSessionObject()
    {
        var room = await Api.CreateRoomAsync();
        var start = Factory.Clock.GetUtcNow().AddDays(-3);
        var id = await Factory.AddSkyroomSessionAsync(room, start, start.AddSeconds(4321));

        var session = await Api.OkAsync("getSession", new { session_id = id });

        JsonShape.Fields(SessionShape, session);
        Assert.Equal(id, session.GetProperty("id").GetInt64());
        Assert.Equal(room, session.GetProperty("room_id").GetInt64());
        Assert.Equal(start.ToUnixTimeSeconds(), session.GetProperty("start_time").GetInt64());
        Assert.Equal(start.AddSeconds(4321).ToUnixTimeSeconds(), session.GetProperty("stop_time").GetInt64());
        Assert.Equal(4321, session.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task ARoomWithoutSessionsHasAnEmptyListAndACountOfZero()
    {
        var room = await Api.CreateRoomAsync();
        var busy = await Api.CreateRoomAsync();
        await Factory.AddSkyroomSessionAsync(busy, Factory.Clock.GetUtcNow().AddHours(-1));

        Assert.Empty(JsonShape.Array(await Api.OkAsync("getSessions", new { room_id = room })));
        Assert.Equal(0, (await Api.OkAsync("getSessionsCount", new { room_id = room })).GetInt32());
    }

    [Fact]
    public async Task GetSessionsCountCountsOnlyThatRoomsSessions()
    {
        var room = await Api.CreateRoomAsync();
        var other = await Api.CreateRoomAsync();
        var now = Factory.Clock.GetUtcNow();
        await Factory.AddSkyroomSessionAsync(room, now.AddHours(-4), now.AddHours(-3));
        await Factory.AddSkyroomSessionAsync(room, now.AddHours(-2), now.AddHours(-1));
        await Factory.AddSkyroomSessionAsync(room, now.AddMinutes(-5));
        await Factory.AddSkyroomSessionAsync(other, now.AddHours(-2), now.AddHours(-1));

        var count = await Api.OkAsync("getSessionsCount", new { room_id = room });

        Assert.Equal(JsonValueKind.Number, count.ValueKind);
        Assert.Equal(3, count.GetInt32());
        Assert.Equal(3, JsonShape.Array(await Api.OkAsync("getSessions", new { room_id = room })).Length);
    }

    [Fact]
    public async Task IdsAreReadAsNumericStringsAndPersianDigits()
    {
        var room = await Api.CreateRoomAsync();
        var session = await Factory.AddSkyroomSessionAsync(room, Factory.Clock.GetUtcNow().AddHours(-1), Factory.Clock.GetUtcNow());
        var persianRoom = PersianDigits(room);

        Assert.Equal(1, (await Api.OkAsync("getSessionsCount", new { room_id = room.ToString(System.Globalization.CultureInfo.InvariantCulture) })).GetInt32());
        Assert.Single(JsonShape.Array(await Api.OkAsync("getSessions", new { room_id = persianRoom })));
        Assert.Equal(session, (await Api.OkAsync("getSession", new { session_id = PersianDigits(session) })).GetProperty("id").GetInt64());
        Assert.Equal(session, (await Api.OkAsync("getSession", new { session_id = $" {session} " })).GetProperty("id").GetInt64());
    }

    private static string PersianDigits(long id) =>
        new(id.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))).ToArray());
}
