using System.Text.RegularExpressions;
using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public partial class LoginUrlContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    [Fact]
    public async Task CreateLoginUrlIsTheRoomUrlWithASignedApiLoginTokenAndTheLanguage()
    {
        var name = SkyroomContractFixture.UniqueName("login");
        var room = await fixture.CreateRoomAsync(name);
        var now = fixture.Factory.Clock.GetUtcNow();

        var url = await client.CreateLoginUrlAsync(new CreateLoginUrlRequest
        {
            RoomId = room, UserId = "student-42", Nickname = "مریم/رضایی", Access = SkyroomAccess.Presenter, Concurrent = 2, Language = "en",
            Ttl = TimeSpan.FromMinutes(90),
        });

        var (prefix, token, language) = Split(url);
        Assert.Equal($"{fixture.BaseUrl}/ch/{fixture.Tenant.Slug}/{name}", prefix);
        Assert.Equal("en", language);
        var jwt = LoginToken.Read(token, fixture.Tenant.LoginSecret);
        Assert.True(jwt.SignatureIsValid);
        Assert.Equal(("JWT", "HS256"), (jwt.Header.GetProperty("typ").GetString(), jwt.Header.GetProperty("alg").GetString()));
        Assert.Equal(["type", "exp", "room_id", "uid", "nickname", "role", "concurrent", "gender"], jwt.PayloadKeys);
        Assert.Equal(
            ("api_login", now.AddMinutes(90).ToUnixTimeSeconds(), room, "@api/student-42", "مریم/رضایی", 2, 2, 0),
            (jwt.Payload.GetProperty("type").GetString(), jwt.Payload.GetProperty("exp").GetInt64(), jwt.Payload.GetProperty("room_id").GetInt64(),
                jwt.Payload.GetProperty("uid").GetString(), jwt.Payload.GetProperty("nickname").GetString(), jwt.Payload.GetProperty("role").GetInt32(),
                jwt.Payload.GetProperty("concurrent").GetInt32(), jwt.Payload.GetProperty("gender").GetInt32()));
    }

    [Fact]
    public async Task CreateLoginUrlWithTheRequestDefaultsIsANormalOnePersonOneHourPersianLink()
    {
        var room = await fixture.CreateRoomAsync();
        var now = fixture.Factory.Clock.GetUtcNow();

        var url = await client.CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = room, UserId = "7", Nickname = "مهمان" });

        var (_, token, language) = Split(url);
        var payload = LoginToken.Read(token, fixture.Tenant.LoginSecret).Payload;
        Assert.Equal("fa", language);
        Assert.Equal(
            (now.AddHours(1).ToUnixTimeSeconds(), "@api/7", 1, 1),
            (payload.GetProperty("exp").GetInt64(), payload.GetProperty("uid").GetString(), payload.GetProperty("role").GetInt32(),
                payload.GetProperty("concurrent").GetInt32()));
    }

    [Fact]
    public async Task CreateLoginUrlRoundsAFractionalTtlUpOnTheServer()
    {
        var room = await fixture.CreateRoomAsync();
        var now = fixture.Factory.Clock.GetUtcNow();

        var url = await client.CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = room, UserId = "u1", Nickname = "کسری", Ttl = TimeSpan.FromSeconds(10.2) });

        Assert.Equal(now.ToUnixTimeSeconds() + 11, LoginToken.Read(Split(url).Token, fixture.Tenant.LoginSecret).Payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task CreateLoginUrlWithAUserIdContainingSpacesIsInvalid()
    {
        var room = await fixture.CreateRoomAsync();

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => client.CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = room, UserId = "a b", Nickname = "فاصله" }));

        Assert.Equal((SkyroomException.InvalidRequest, "شناسه کاربر معتبر نیست."), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task GetLoginUrlGivesAnExistingUserWithAccessASignedLinkToTheRoom()
    {
        var name = SkyroomContractFixture.UniqueName("legacy");
        var room = await fixture.CreateRoomAsync(name);
        var user = await fixture.CreateUserAsync();
        await client.AddRoomUsersAsync(room, [new RoomUserAccess(user, SkyroomAccess.Operator)]);
        var now = fixture.Factory.Clock.GetUtcNow();

        var url = await client.GetLoginUrlAsync(room, user, "en", TimeSpan.FromMinutes(10));

        var (prefix, token, language) = Split(url);
        Assert.Equal(($"{fixture.BaseUrl}/ch/{fixture.Tenant.Slug}/{name}", "en"), (prefix, language));
        var jwt = LoginToken.Read(token, fixture.Tenant.LoginSecret);
        Assert.True(jwt.SignatureIsValid);
        Assert.Equal(
            (now.AddMinutes(10).ToUnixTimeSeconds(), user, room),
            (jwt.Payload.GetProperty("exp").GetInt64(), jwt.Payload.GetProperty("uid").GetInt64(), jwt.Payload.GetProperty("room_id").GetInt64()));
    }

    [Fact]
    public async Task GetLoginUrlWithoutLanguageOrTtlUsesTheServiceDefaults()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await fixture.CreateUserAsync();
        await client.AddUserRoomsAsync(user, [new UserRoomAccess(room)]);
        var now = fixture.Factory.Clock.GetUtcNow();

        var (_, token, language) = Split(await client.GetLoginUrlAsync(room, user));

        Assert.Equal("fa", language);
        Assert.Equal(now.AddHours(1).ToUnixTimeSeconds(), LoginToken.Read(token, fixture.Tenant.LoginSecret).Payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task GetLoginUrlForAUserWithoutAccessToTheRoomIsNotAllowed()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await fixture.CreateUserAsync();

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.GetLoginUrlAsync(room, user));

        Assert.Equal((SkyroomException.NotAllowed, SkyroomMessages.NotAllowed), (error.ErrorCode, error.Message));
    }

    private static (string Prefix, string Token, string Language) Split(string url)
    {
        var match = LoginUrlShape().Match(url);
        Assert.True(match.Success, url);
        return (match.Groups["prefix"].Value, match.Groups["token"].Value, match.Groups["language"].Value);
    }

    [GeneratedRegex("^(?<prefix>.+)/t/(?<token>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)/l/(?<language>[a-z]{2})$")]
    private static partial Regex LoginUrlShape();
}
