using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kelas.Skyroom.Tests.LoginLinks;

public sealed class CreateLoginUrlTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private long Now => fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

    private async Task<(long Id, string Name)> RoomAsync()
    {
        var name = SkyroomApiFixture.UniqueName();
        return (await Api.CreateRoomAsync(name), name);
    }

    private async Task<LoginUrl> CreateAsync(object parameters)
    {
        var result = await Api.OkAsync("createLoginUrl", parameters);
        Assert.Equal(JsonValueKind.String, result.ValueKind);
        return LoginUrl.Parse(result.GetString());
    }

    [Fact]
    public async Task CreateLoginUrlHasTheLiveShape()
    {
        var (room, name) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "sina", nickname = "Sina", access = 3, concurrent = 1, language = "en", ttl = 3600 });

        Assert.Equal("http://localhost", url.Base);
        Assert.Equal(fixture.Tenant.Slug, url.Account);
        Assert.Equal(name, url.Room);
        Assert.Equal("en", url.Language);
        Assert.Equal("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9", url.Parts[0]);
        Assert.Equal("""{"typ":"JWT","alg":"HS256"}""", url.HeaderJson);
    }

    [Fact]
    public async Task CreateLoginUrlTokenVerifiesWithTheAccountSecretAndCarriesExactlyTheDocumentedClaims()
    {
        var (room, _) = await RoomAsync();
        fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(17));

        var url = await CreateAsync(new { room_id = room, user_id = "sina", nickname = "Sina", access = 3, concurrent = 5, ttl = 600 });

        var validation = await url.ValidateAsync(fixture.Tenant.LoginSecret);
        Assert.True(validation.IsValid, validation.Exception?.ToString());
        Assert.True(url.SignatureMatches(fixture.Tenant.LoginSecret));
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal("HS256", token.Alg);
        Assert.Equal("JWT", token.Typ);
        Assert.Equal(["type", "exp", "room_id", "uid", "nickname", "role", "concurrent", "gender"], url.PayloadKeys);
        Assert.Equal("api_login", token.GetPayloadValue<string>("type"));
        Assert.Equal(Now + 600, token.GetPayloadValue<long>("exp"));
        Assert.Equal(room, token.GetPayloadValue<long>("room_id"));
        Assert.Equal("@api/sina", token.GetPayloadValue<string>("uid"));
        Assert.Equal("Sina", token.GetPayloadValue<string>("nickname"));
        Assert.Equal(3, token.GetPayloadValue<int>("role"));
        Assert.Equal(5, token.GetPayloadValue<int>("concurrent"));
        Assert.Equal(0, token.GetPayloadValue<int>("gender"));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Now + 600).UtcDateTime, token.ValidTo);
    }

    [Fact]
    public async Task CreateLoginUrlPayloadIsEncodedAsPhpJsonEncodeDoes()
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "a/b", nickname = "سینا \"q\" \\ / é\t\u007f😀<>&'", access = 2, concurrent = 0, ttl = 60 });

        var expected = "{\"type\":\"api_login\",\"exp\":" + (Now + 60) + ",\"room_id\":" + room + ",\"uid\":\"@api\\/a\\/b\","
            + "\"nickname\":\"\\u0633\\u06cc\\u0646\\u0627 \\\"q\\\" \\\\ \\/ \\u00e9\\t\u007f\\ud83d\\ude00<>&'\",\"role\":2,\"concurrent\":0,\"gender\":0}";
        Assert.Equal(expected, url.PayloadJson);
        Assert.Equal("سینا \"q\" \\ / é\t\u007f😀<>&'", url.Payload.GetProperty("nickname").GetString());
        Assert.True((await url.ValidateAsync(fixture.Tenant.LoginSecret)).IsValid);
    }

    [Fact]
    public async Task CreateLoginUrlDefaultsToNormalAccessOneConcurrentAnHourAndPersian()
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = 42, nickname = "کاربر" });

        Assert.Equal("fa", url.Language);
        Assert.Equal(
            "{\"type\":\"api_login\",\"exp\":" + (Now + 3600) + ",\"room_id\":" + room + ",\"uid\":\"@api\\/42\",\"nickname\":\"\\u06a9\\u0627\\u0631\\u0628\\u0631\",\"role\":1,\"concurrent\":1,\"gender\":0}",
            url.PayloadJson);
    }

    [Fact]
    public async Task CreateLoginUrlOfOneAccountDoesNotVerifyWithTheOtherAccountsSecret()
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "sina", nickname = "Sina" });

        var validation = await url.ValidateAsync(fixture.Other.LoginSecret);
        Assert.False(validation.IsValid);
        Assert.False(url.SignatureMatches(fixture.Other.LoginSecret));
        Assert.NotEqual(Convert.ToBase64String(fixture.Tenant.LoginSecret), Convert.ToBase64String(fixture.Other.LoginSecret));
    }

    [Fact]
    public async Task CreateLoginUrlTokenWithATamperedPayloadDoesNotVerify()
    {
        var (room, _) = await RoomAsync();
        var url = await CreateAsync(new { room_id = room, user_id = "sina", nickname = "Sina", access = 1 });
        var forged = url.PayloadJson.Replace("\"role\":1", "\"role\":3", StringComparison.Ordinal);
        var forgedToken = url.Parts[0] + "." + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(forged)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + url.Parts[2];

        Assert.False((await (url with { Token = forgedToken }).ValidateAsync(fixture.Tenant.LoginSecret)).IsValid);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("fa", "fa")]
    [InlineData("", "fa")]
    [InlineData(null, "fa")]
    public async Task CreateLoginUrlEndsWithTheLanguage(string? language, string expected)
    {
        var (room, _) = await RoomAsync();

        Assert.Equal(expected, (await CreateAsync(new { room_id = room, user_id = "u", nickname = "n", language })).Language);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData("3")]
    public async Task CreateLoginUrlCarriesTheAccessAsRole(object access)
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "u", nickname = "n", access });

        Assert.Equal(Convert.ToInt32(access, System.Globalization.CultureInfo.InvariantCulture), url.Payload.GetProperty("role").GetInt32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    [InlineData("7")]
    public async Task CreateLoginUrlCarriesTheConcurrency(object concurrent)
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "u", nickname = "n", concurrent });

        Assert.Equal(Convert.ToInt32(concurrent, System.Globalization.CultureInfo.InvariantCulture), url.Payload.GetProperty("concurrent").GetInt32());
    }

    [Theory]
    [InlineData(1)]
    [InlineData("120")]
    [InlineData(315_360_000)]
    public async Task CreateLoginUrlExpiresAfterTheTtl(object ttl)
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "u", nickname = "n", ttl });

        Assert.Equal(Now + Convert.ToInt64(ttl, System.Globalization.CultureInfo.InvariantCulture), url.Payload.GetProperty("exp").GetInt64());
    }

    public static TheoryData<string, object?, string> InvalidParams => new()
    {
        { "user_id", null, ParamMessages.UserId },
        { "user_id", "", ParamMessages.UserId },
        { "user_id", "has space", ParamMessages.UserId },
        { "user_id", "tab\there", ParamMessages.UserId },
        { "user_id", new string('u', 129), ParamMessages.UserId },
        { "user_id", true, ParamMessages.UserId },
        { "user_id", new { id = 1 }, ParamMessages.UserId },
        { "nickname", null, ParamMessages.Nickname },
        { "nickname", "", ParamMessages.Nickname },
        { "nickname", new string('n', 129), ParamMessages.Nickname },
        { "access", 0, ParamMessages.Access },
        { "access", 5, ParamMessages.Access },
        { "access", "operator", ParamMessages.Access },
        { "concurrent", -1, ParamMessages.Concurrent },
        { "concurrent", 10_001, ParamMessages.Concurrent },
        { "concurrent", "many", ParamMessages.Concurrent },
        { "ttl", 0, ParamMessages.Ttl },
        { "ttl", -60, ParamMessages.Ttl },
        { "ttl", 315_360_001L, ParamMessages.Ttl },
        { "ttl", 3_600_000_000L, ParamMessages.Ttl },
        { "ttl", "an hour", ParamMessages.Ttl },
        { "language", "english", ParamMessages.Language },
        { "language", "f1", ParamMessages.Language },
    };

    [Theory]
    [MemberData(nameof(InvalidParams))]
    public async Task CreateLoginUrlWithAnInvalidParamReturnsError13NamingIt(string name, object? value, string message)
    {
        var (room, _) = await RoomAsync();
        var parameters = new Dictionary<string, object?> { ["room_id"] = room, ["user_id"] = "u", ["nickname"] = "n", [name] = value };

        await Api.ExpectInvalidAsync(message, "createLoginUrl", parameters);
    }

    [Fact]
    public async Task CreateLoginUrlForAnUnknownRoomReturnsError15()
    {
        await Api.ExpectNotFoundAsync("createLoginUrl", new { room_id = 987654, user_id = "u", nickname = "n" });
    }

    [Fact]
    public async Task CreateLoginUrlWithoutRoomIdReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "createLoginUrl", new { user_id = "u", nickname = "n" });
    }

    [Fact]
    public async Task CreateLoginUrlIgnoresUnknownParams()
    {
        var (room, _) = await RoomAsync();

        var url = await CreateAsync(new { room_id = room, user_id = "u", nickname = "n", gender = 2, opLoginFirst = true, relative = true });

        Assert.Equal("http://localhost", url.Base);
        Assert.Equal(0, url.Payload.GetProperty("gender").GetInt32());
    }
}
