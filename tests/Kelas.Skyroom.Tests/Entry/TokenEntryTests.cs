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

public sealed class TokenRefusalTests(RoomEntryFixture fixture) : IClassFixture<RoomEntryFixture>
{
    [Fact]
    public async Task AnExpiredLinkShowsItsRefusalPage()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "late", "دیرکرد", ttl: 60, language: "en");
        fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(61));

        var page = await t.Factory.GetRoomPageAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("token_expired", page.Reason);
        Assert.Contains("lang=\"en\"", page.Html);
        Assert.Null(page.Ticket);
    }

    [Fact]
    public async Task ATamperedLinkIsNotValid()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "student", "دانشجو");
        var parts = url.Split("/t/")[1].Split("/l/")[0].Split('.');
        var forged = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("\"role\":1", "\"role\":4");
        var forgedUrl = url.Replace(parts[1], Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(forged)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

        var page = await t.Factory.GetRoomPageAsync(forgedUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, page.Status);
        Assert.Equal("token_invalid", page.Reason);
    }

    [Fact]
    public async Task ALinkOfAnotherAccountOrRoomIsNotValid()
    {
        var t = await fixture.TenantAsync();
        var other = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var (_, otherName) = await t.RoomAsync();
        var url = await t.LinkAsync(roomId, "student", "دانشجو");

        var token = url.Split("/t/")[1];
        Assert.Equal("token_invalid", (await t.Factory.GetRoomPageAsync($"/ch/{t.Slug}/{otherName}/t/{token}")).Reason);

        var (_, foreignName) = await other.RoomAsync();
        Assert.Equal("token_invalid", (await t.Factory.GetRoomPageAsync($"/ch/{other.Slug}/{foreignName}/t/{token}")).Reason);
        Assert.Equal("room_not_found", (await t.Factory.GetRoomPageAsync($"/ch/{t.Slug}/no-such-room/t/{token}")).Reason);
        Assert.Equal("token_invalid", (await t.Factory.GetRoomPageAsync($"/ch/{t.Slug}/{name}/t/not.a.token/l/en")).Reason);
    }

    [Fact]
    public async Task AUsersLinkEntersWithTheAccessOfTheRoomList()
    {
        var t = await fixture.TenantAsync();
        var (roomId, name) = await t.RoomAsync();
        var userId = await t.Api.CreateUserAsync(nickname: "استاد");
        await t.Api.GrantAsync(roomId, userId, access: 2);
        var url = (await t.Api.OkAsync("getLoginUrl", new { room_id = roomId, user_id = userId, language = "en" })).GetString()!;

        await using var socket = await t.OpenAsync(name, url);
        var welcome = await socket.NextAsync("welcome");

        Assert.Equal("استاد", welcome.GetProperty("nickname").GetString());
        Assert.Equal(2, welcome.GetProperty("access").GetInt32());
        Assert.False(welcome.GetProperty("operator").GetBoolean());

        // Taken out of the room's list after the link was made: the link no longer opens it.
        await t.Api.OkAsync("removeRoomUsers", new { room_id = roomId, users = new[] { userId } });
        Assert.Equal("no_access", (await t.Factory.GetRoomPageAsync(url)).Reason);
    }

    [Fact]
    public async Task ATicketOnlyOpensItsOwnRoom()
    {
        var t = await fixture.TenantAsync();
        var (roomId, _) = await t.RoomAsync();
        var (_, otherName) = await t.RoomAsync();
        var page = await t.Factory.GetRoomPageAsync(await t.LinkAsync(roomId, "a", "الف"));

        await using var wrongRoom = await t.Factory.ConnectWithTicketAsync(t.Slug, otherName, page.Ticket!);
        Assert.Equal("ticket_invalid", (await wrongRoom.NextAsync("refused")).GetProperty("reason").GetString());

        await using var garbage = await t.Factory.ConnectWithTicketAsync(t.Slug, otherName, "x.y");
        Assert.Equal("ticket_invalid", (await garbage.NextAsync("refused")).GetProperty("reason").GetString());
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }
}
