namespace Kelas.Skyroom.Tests.Entry;

/// <summary>Life inside a room: presence, chat, operators, the lobby.</summary>
public sealed class InsideTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    [Fact]
    public async Task TwoPeopleSeeEachOtherAndChat()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var sara = await t.EnterAsync(roomId, name, "سارا");
        await using var reza = await t.EnterAsync(roomId, name, "Reza");

        await sara.RosterAsync(people => people.SequenceEqual(["سارا", "Reza"]));
        await reza.RosterAsync(people => people.SequenceEqual(["سارا", "Reza"]));

        await sara.SendAsync(new { type = "chat", text = "  سلام، Reza! <b>hi</b>  " });
        var heard = await reza.NextAsync("chat");
        Assert.Equal("سلام، Reza! <b>hi</b>", heard.GetProperty("text").GetString());
        Assert.Equal("سارا", heard.GetProperty("nickname").GetString());
        Assert.Equal("سلام، Reza! <b>hi</b>", (await sara.NextAsync("chat")).GetProperty("text").GetString());

        // Someone arriving later is shown the conversation so far.
        await using var late = await t.EnterAsync(roomId, name, "دیرآمده");
        var history = await late.NextAsync("history");
        Assert.Equal("سلام، Reza! <b>hi</b>", history.GetProperty("messages")[0].GetProperty("text").GetString());

        // Leaving shows on the others' lists.
        await reza.CloseAsync();
        await sara.RosterAsync(people => people.SequenceEqual(["سارا", "دیرآمده"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public async Task UnreadableChatIsAnErrorAndNotSent(string text)
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var socket = await t.EnterAsync(roomId, name, "نویسنده");

        await socket.SendAsync(new { type = "chat", text });
        await socket.NextAsync("error");
        await socket.SendAsync(new { type = "chat", text = new string('ب', 1001) });
        await socket.NextAsync("error");
        await socket.SendTextAsync("{not json");
        await socket.SendAsync(new { type = "chat", text = 42 });
        await socket.NextAsync("error");

        await socket.SendAsync(new { type = "ping" });
        await socket.NextAsync("pong");
        Assert.DoesNotContain(socket.Seen, f => f.GetProperty("type").GetString() == "chat");
        Assert.Equal(0, await fixture.Factory.QuerySkyroomAsync(db => db.CountChatMessagesAsync(roomId)));
    }

    [Fact]
    public async Task ChatFloodsAreHeldBack()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var socket = await t.EnterAsync(roomId, name, "پرحرف");

        for (var i = 0; i < 25; i++)
        {
            await socket.SendAsync(new { type = "chat", text = "پیام " + i });
        }

        await socket.NextAsync("error");
        Assert.Equal(20, await fixture.Factory.QuerySkyroomAsync(db => db.CountChatMessagesAsync(roomId)));
    }

    [Fact]
    public async Task AnOperatorRemovesAParticipant()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var teacher = await t.EnterAsync(roomId, name, "استاد", access: 3);
        await using var student = await t.EnterAsync(roomId, name, "دانشجو");
        var studentId = student.Seen.Single(f => f.GetProperty("type").GetString() == "welcome").GetProperty("connection").GetInt64();

        await teacher.SendAsync(new { type = "remove", connection = studentId });

        var closed = await student.NextAsync("closed");
        Assert.Equal("removed", closed.GetProperty("reason").GetString());
        Assert.True(await student.ClosedAsync());
        await teacher.RosterAsync(people => people.SequenceEqual(["استاد"]));
        Assert.Equal(2, await fixture.Factory.QuerySkyroomAsync(db => db.ConnectionStatusAsync(studentId)));
    }

    [Fact]
    public async Task OnlyOperatorsRemoveOrEnd()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var presenter = await t.EnterAsync(roomId, name, "ارائه‌دهنده", access: 2);
        await using var student = await t.EnterAsync(roomId, name, "دانشجو");
        var presenterId = presenter.Seen.Single(f => f.GetProperty("type").GetString() == "welcome").GetProperty("connection").GetInt64();

        await student.SendAsync(new { type = "remove", connection = presenterId });
        await student.NextAsync("error");
        await student.SendAsync(new { type = "end" });
        await student.NextAsync("error");
        await presenter.SendAsync(new { type = "end" });
        await presenter.NextAsync("error");

        await student.SendAsync(new { type = "ping" });
        await student.NextAsync("pong");
        Assert.DoesNotContain(presenter.Seen, f => f.GetProperty("type").GetString() == "closed");
    }

    [Fact]
    public async Task AnOperatorCannotRemoveSomeoneOfAnotherRoom()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var (otherId, otherName) = await t.RoomAsync();
        await using var teacher = await t.EnterAsync(roomId, name, "استاد", access: 4);
        await using var elsewhere = await t.EnterAsync(otherId, otherName, "دیگری");
        var elsewhereId = elsewhere.Seen.Single(f => f.GetProperty("type").GetString() == "welcome").GetProperty("connection").GetInt64();

        await teacher.SendAsync(new { type = "remove", connection = elsewhereId });
        await teacher.NextAsync("error");
        await elsewhere.SendAsync(new { type = "ping" });
        await elsewhere.NextAsync("pong");
    }

    [Fact]
    public async Task EndingTheSessionLetsEveryoneOutAndStopsIt()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        await using var teacher = await t.EnterAsync(roomId, name, "استاد", access: 3);
        await using var a = await t.EnterAsync(roomId, name, "الف");
        await using var b = await t.EnterAsync(roomId, name, "ب");
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        await teacher.SendAsync(new { type = "end" });

        foreach (var socket in new[] { teacher, a, b })
        {
            Assert.Equal("session_ended", (await socket.NextAsync("closed")).GetProperty("reason").GetString());
        }

        var sessions = await fixture.Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId));
        var session = Assert.Single(sessions);
        Assert.Equal(session.StartTime + 300, session.StopTime);

        // The room can be entered again: a new session.
        await using var again = await t.EnterAsync(roomId, name, "دوباره");
        Assert.Equal(2, (await fixture.Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId))).Count);
    }

    [Fact]
    public async Task TheLobbyOpensWhenAnOperatorArrives()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync(new { op_login_first = true });
        await using var student = await t.OpenAsync(name, await t.LinkAsync(roomId, "s", "دانشجو"));
        Assert.False(string.IsNullOrWhiteSpace((await student.NextAsync("lobby")).GetProperty("message").GetString()));
        Assert.Empty(await fixture.Factory.QuerySkyroomAsync(db => db.SessionsAsync(roomId)));

        await using var teacher = await t.EnterAsync(roomId, name, "استاد", access: 3);

        var welcome = await student.NextAsync("welcome");
        Assert.Equal("دانشجو", welcome.GetProperty("nickname").GetString());
        await teacher.RosterAsync(people => people.SequenceEqual(["استاد", "دانشجو"]));

        // Once an operator is inside, others walk straight in.
        await using var late = await t.EnterAsync(roomId, name, "دیرآمده");
    }

    [Fact]
    public async Task ALobbyWaiterWhoLeavesTakesNoSeat()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync(new { op_login_first = true, max_users = 1 });
        var waiter = await t.OpenAsync(name, await t.LinkAsync(roomId, "w", "منتظر"));
        await waiter.NextAsync("lobby");
        await waiter.DisposeAsync();

        await using var teacher = await t.EnterAsync(roomId, name, "استاد", access: 3);
        await teacher.RosterAsync(people => people.SequenceEqual(["استاد"]));
    }
}
