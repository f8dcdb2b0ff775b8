using Microsoft.IdentityModel.JsonWebTokens;

namespace Kelas.Skyroom.Tests.LoginLinks;

public sealed class GetLoginUrlTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private long Now => fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

    private async Task<(long Room, string Name, long User)> GrantedPairAsync(int access = 1)
    {
        var name = SkyroomApiFixture.UniqueName();
        var room = await Api.CreateRoomAsync(name);
        var user = await Api.CreateUserAsync();
        await Api.GrantAsync(room, user, access);
        return (room, name, user);
    }

    [Fact]
    public async Task GetLoginUrlForAUserWithAccessHasTheLiveShapeAndClaims()
    {
        var (room, name, user) = await GrantedPairAsync(2);

        var result = await Api.OkAsync("getLoginUrl", new { room_id = room, user_id = user });

        var url = LoginUrl.Parse(result.GetString());
        Assert.Equal("http://localhost", url.Base);
        Assert.Equal(fixture.Tenant.Slug, url.Account);
        Assert.Equal(name, url.Room);
        Assert.Equal("fa", url.Language);
        Assert.Equal("""{"typ":"JWT","alg":"HS256"}""", url.HeaderJson);
        Assert.Equal("{\"exp\":" + (Now + 3600) + ",\"uid\":" + user + ",\"room_id\":" + room + "}", url.PayloadJson);
        var validation = await url.ValidateAsync(fixture.Tenant.LoginSecret);
        Assert.True(validation.IsValid, validation.Exception?.ToString());
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal(user, token.GetPayloadValue<long>("uid"));
        Assert.Equal(room, token.GetPayloadValue<long>("room_id"));
        Assert.False((await url.ValidateAsync(fixture.Other.LoginSecret)).IsValid);
    }

    [Fact]
    public async Task GetLoginUrlHonoursTtlAndLanguage()
    {
        var (room, _, user) = await GrantedPairAsync();

        var url = LoginUrl.Parse((await Api.OkAsync("getLoginUrl", new { room_id = room.ToString(System.Globalization.CultureInfo.InvariantCulture), user_id = user, ttl = "90", language = "EN" })).GetString());

        Assert.Equal("en", url.Language);
        Assert.Equal(Now + 90, url.Payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task GetLoginUrlForAUserWithoutAccessReturnsError12()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();

        await Api.ExpectNotAllowedAsync("getLoginUrl", new { room_id = room, user_id = user });
    }

    [Fact]
    public async Task GetLoginUrlAfterAccessIsRemovedReturnsError12()
    {
        var (room, _, user) = await GrantedPairAsync();
        await Api.OkAsync("removeRoomUsers", new { room_id = room, users = new[] { user } });

        await Api.ExpectNotAllowedAsync("getLoginUrl", new { room_id = room, user_id = user });
    }

    [Fact]
    public async Task GetLoginUrlWithUnknownRoomOrUserReturnsError15()
    {
        var (room, _, user) = await GrantedPairAsync();

        await Api.ExpectNotFoundAsync("getLoginUrl", new { room_id = 987654, user_id = user });
        await Api.ExpectNotFoundAsync("getLoginUrl", new { room_id = room, user_id = 987654 });
    }

    public static TheoryData<string, object?, string> InvalidParams => new()
    {
        { "room_id", null, ParamMessages.RoomId },
        { "room_id", "x", ParamMessages.RoomId },
        { "user_id", null, ParamMessages.UserId },
        { "user_id", "sina", ParamMessages.UserId },
        { "ttl", 0, ParamMessages.Ttl },
        { "ttl", 315_360_001L, ParamMessages.Ttl },
        { "language", "farsi", ParamMessages.Language },
    };

    [Theory]
    [MemberData(nameof(InvalidParams))]
    public async Task GetLoginUrlWithAnInvalidParamReturnsError13NamingIt(string name, object? value, string message)
    {
        var (room, _, user) = await GrantedPairAsync();

        await Api.ExpectInvalidAsync(message, "getLoginUrl", new Dictionary<string, object?> { ["room_id"] = room, ["user_id"] = user, [name] = value });
    }
}
