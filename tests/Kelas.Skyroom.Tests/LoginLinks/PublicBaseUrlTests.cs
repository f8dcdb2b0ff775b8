namespace Kelas.Skyroom.Tests.LoginLinks;

public sealed class PublicBaseUrlTests(LiveShapedServerFixture fixture) : IClassFixture<LiveShapedServerFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task GetRoomUrlUsesTheConfiguredPublicBase()
    {
        Assert.Equal("https://www.skyroom.online/ch/faramooz/meeting", (await Api.OkAsync("getRoomUrl", new { room_id = fixture.MeetingId, language = "fa" })).GetString());
        Assert.Equal("https://www.skyroom.online/ch/faramooz/meeting/l/en", (await Api.OkAsync("getRoomUrl", new { room_id = fixture.MeetingId, language = "en" })).GetString());
    }

    [Fact]
    public async Task GetRoomUrlRelativeIgnoresTheConfiguredPublicBase()
    {
        Assert.Equal("/ch/faramooz/meeting", (await Api.OkAsync("getRoomUrl", new { room_id = fixture.MeetingId, relative = true })).GetString());
    }

    [Fact]
    public async Task CreateLoginUrlReproducesTheOriginalsExampleUpToTheSignature()
    {
        Assert.Equal(1, fixture.MeetingId);

        var url = (await Api.OkAsync("createLoginUrl", new { room_id = 1, user_id = "mkh", nickname = "Mohsen", access = 3, concurrent = 5, language = "en", ttl = 3600 })).GetString()!;

        const string Example = "https://www.skyroom.online/ch/faramooz/meeting/t/eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYXBpX2xvZ2luIiwiZXhwIjoxNjA1MDg2NTY2LCJyb29tX2lkIjoxLCJ1aWQiOiJAYXBpXC9ta2giLCJuaWNrbmFtZSI6Ik1vaHNlbiIsInJvbGUiOjMsImNvbmN1cnJlbnQiOjUsImdlbmRlciI6MH0.hGJyJvnDFSDMEXCt_q1zUru8INLcyH3UGH7kh4D2SAc/l/en";
        var signatureStart = Example.LastIndexOf('.') + 1;
        Assert.StartsWith(Example[..signatureStart], url, StringComparison.Ordinal);
        Assert.EndsWith("/l/en", url, StringComparison.Ordinal);
        var parsed = LoginUrl.Parse(url);
        Assert.Equal("https://www.skyroom.online", parsed.Base);
        Assert.True((await parsed.ValidateAsync(fixture.Tenant.LoginSecret)).IsValid);
    }

    [Fact]
    public async Task GetLoginUrlUsesTheConfiguredPublicBase()
    {
        var user = await Api.CreateUserAsync();
        await Api.GrantAsync(fixture.MeetingId, user);

        var url = LoginUrl.Parse((await Api.OkAsync("getLoginUrl", new { room_id = fixture.MeetingId, user_id = user })).GetString());

        Assert.Equal("https://www.skyroom.online", url.Base);
        Assert.Equal("faramooz", url.Account);
        Assert.Equal("meeting", url.Room);
    }
}
