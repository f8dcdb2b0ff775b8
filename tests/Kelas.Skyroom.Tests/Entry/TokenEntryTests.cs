using System.Net;

namespace Kelas.Skyroom.Tests.Entry;

public sealed class TokenEntryTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    [Fact]
    public async Task ALoginLinkOpensTheRoomAndShowsTheParticipant()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "sina", "سینا", access: 3);

        var page = await t.Factory.GetRoomPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("lang=\"fa\"", page.Html);
        Assert.Contains("dir=\"rtl\"", page.Html);

        await using var socket = await t.Factory.ConnectAsync(t.Slug, name, page);
        var welcome = await socket.NextAsync("welcome");
        Assert.Equal("سینا", welcome.GetProperty("nickname").GetString());
        Assert.Equal(3, welcome.GetProperty("access").GetInt32());
        Assert.True(welcome.GetProperty("operator").GetBoolean());

        var roster = await socket.RosterAsync(people => people.Count == 1);
        var person = roster.GetProperty("people")[0];
        Assert.Equal("سینا", person.GetProperty("nickname").GetString());
        Assert.Equal(3, person.GetProperty("access").GetInt32());
        Assert.Equal(welcome.GetProperty("connection").GetInt64(), person.GetProperty("connection").GetInt64());
        Assert.Equal(t.Factory.Clock.GetUtcNow().ToUnixTimeSeconds(), roster.GetProperty("session").GetProperty("start_time").GetInt64());
    }
}
