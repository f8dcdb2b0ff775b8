using System.Text.Json;

namespace Kelas.Skyroom.Tests.Users;

public sealed class GetUserTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task GetUserByIdReturnsTheFullObjectWithTypedFieldsAndNoPassword()
    {
        var id = await Api.CreateUserAsync();

        var user = await Api.OkAsync("getUser", new { user_id = id });

        JsonShape.Fields(JsonShape.User, user);
        Assert.False(user.TryGetProperty("password", out _));
        foreach (var field in new[] { "id", "gender", "status", "concurrent", "time_usage", "time_total", "create_time", "update_time" })
        {
            JsonShape.Integer(user, field);
        }

        JsonShape.Boolean(user, "is_public");
        JsonShape.Kind(JsonValueKind.String, user, "username");
        JsonShape.Kind(JsonValueKind.String, user, "nickname");
        Assert.Equal("کاربر آزمایشی", user.GetProperty("nickname").GetString());
        Assert.Equal(0, user.GetProperty("time_usage").GetInt64());
        Assert.Equal(0, user.GetProperty("time_total").GetInt64());
    }

    [Fact]
    public async Task GetUserByUsernameReturnsTheSameObjectAsById()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var id = await Api.CreateUserAsync(username);

        var byId = await Api.OkAsync("getUser", new { user_id = id });
        var byName = await Api.OkAsync("getUser", new { username });

        Assert.Equal(byId.GetRawText(), byName.GetRawText());
    }

    [Fact]
    public async Task GetUserByUsernameIgnoresCase()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var id = await Api.CreateUserAsync(username);

        Assert.Equal(id, (await Api.OkAsync("getUser", new { username = username.ToUpperInvariant() })).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task GetUserWithBothIdAndUsernameUsesTheId()
    {
        var id = await Api.CreateUserAsync();
        var other = SkyroomApiFixture.UniqueName("u");
        await Api.CreateUserAsync(other);

        Assert.Equal(id, (await Api.OkAsync("getUser", new { user_id = id, username = other })).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task GetUserWithUnknownIdReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getUser", new { user_id = 987654 });
    }

    [Fact]
    public async Task GetUserWithUnknownUsernameReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getUser", new { username = SkyroomApiFixture.UniqueName("nobody") });
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("علی")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public async Task GetUserWithInvalidUsernameReturnsError13(string username)
    {
        await Api.ExpectInvalidAsync(ParamMessages.Username, "getUser", new { username });
    }

    [Fact]
    public async Task GetUserWithNeitherIdNorUsernameReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "getUser");
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "getUser", new { name = "x" });
    }

    [Theory]
    [InlineData("abc")]
    [InlineData(0)]
    [InlineData(false)]
    public async Task GetUserWithInvalidIdReturnsError13(object userId)
    {
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "getUser", new { user_id = userId });
    }
}
