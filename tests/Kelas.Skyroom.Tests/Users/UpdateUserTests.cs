using System.Text.Json;
using Kelas.Skyroom.Users;

namespace Kelas.Skyroom.Tests.Users;

public sealed class UpdateUserTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private async Task<(long Id, string Username)> CreateFullUserAsync()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var id = (await Api.OkAsync("createUser", new
        {
            username,
            password = "old-pass",
            nickname = "قدیمی",
            email = "old@example.com",
            fname = "نام",
            lname = "خانواده",
            gender = 2,
            concurrent = 2,
            time_limit = 3600,
            expiry_date = 1893456000,
        })).GetInt64();
        return (id, username);
    }

    private Task<JsonElement> GetUserAsync(long id) => Api.OkAsync("getUser", new { user_id = id });

    private Task<string?> StoredHashAsync(long userId) => fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(userId));

    [Fact]
    public async Task UpdateUserReturnsOneAndChangesOnlyTheGivenField()
    {
        var (id, _) = await CreateFullUserAsync();
        var before = await GetUserAsync(id);
        var hash = await StoredHashAsync(id);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(3));

        var result = await Api.OkAsync("updateUser", new { user_id = id, nickname = "تازه" });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        Assert.Equal(1, result.GetInt32());
        var after = await GetUserAsync(id);
        Assert.Equal("تازه", after.GetProperty("nickname").GetString());
        Assert.Equal(fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds(), after.GetProperty("update_time").GetInt64());
        foreach (var field in JsonShape.User.Except(["nickname", "update_time"]))
        {
            Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        }

        Assert.Equal(hash, await StoredHashAsync(id));
    }

    [Fact]
    public async Task UpdateUserChangesThePassword()
    {
        var (id, _) = await CreateFullUserAsync();

        await Api.OkAsync("updateUser", new { user_id = id, password = "tu2017!" });

        var hash = (await StoredHashAsync(id))!;
        Assert.True(PasswordHasher.Verify("tu2017!", hash));
        Assert.False(PasswordHasher.Verify("old-pass", hash));
        Assert.False((await GetUserAsync(id)).TryGetProperty("password", out _));
    }

    [Fact]
    public async Task UpdateUserAcceptsANumericPassword()
    {
        var (id, _) = await CreateFullUserAsync();

        await Api.OkAsync("updateUser", new { user_id = id, password = 10 });

        Assert.True(PasswordHasher.Verify("10", (await StoredHashAsync(id))!));
    }

    [Fact]
    public async Task UpdateUserChangesEveryWritableField()
    {
        var (id, _) = await CreateFullUserAsync();
        var username = SkyroomApiFixture.UniqueName("New");

        await Api.OkAsync("updateUser", new
        {
            user_id = id,
            username,
            nickname = "n2",
            email = "new@example.com",
            fname = "f2",
            lname = "l2",
            gender = 1,
            status = 0,
            is_public = true,
            concurrent = 0,
            time_limit = 10,
            expiry_date = 1900000000,
        });

        var user = await GetUserAsync(id);
        Assert.Equal(username.ToLowerInvariant(), user.GetProperty("username").GetString());
        Assert.Equal("n2", user.GetProperty("nickname").GetString());
        Assert.Equal("new@example.com", user.GetProperty("email").GetString());
        Assert.Equal("f2", user.GetProperty("fname").GetString());
        Assert.Equal("l2", user.GetProperty("lname").GetString());
        Assert.Equal(1, user.GetProperty("gender").GetInt32());
        Assert.Equal(0, user.GetProperty("status").GetInt32());
        Assert.True(user.GetProperty("is_public").GetBoolean());
        Assert.Equal(0, user.GetProperty("concurrent").GetInt32());
        Assert.Equal(10, user.GetProperty("time_limit").GetInt64());
        Assert.Equal(1900000000, user.GetProperty("expiry_date").GetInt64());
    }

    [Fact]
    public async Task UpdateUserWithNullLimitsMakesThemUnlimited()
    {
        var (id, _) = await CreateFullUserAsync();

        await Api.OkAsync("updateUser", new { user_id = id, time_limit = (long?)null, expiry_date = (long?)null });

        var user = await GetUserAsync(id);
        JsonShape.Null(user, "time_limit");
        JsonShape.Null(user, "expiry_date");
    }

    [Fact]
    public async Task UpdateUserWithNullOrEmptyTextsClearsTheOptionalOnes()
    {
        var (id, _) = await CreateFullUserAsync();

        await Api.OkAsync("updateUser", new { user_id = id, email = (string?)null, fname = "", lname = (string?)null });

        var user = await GetUserAsync(id);
        JsonShape.Null(user, "email");
        JsonShape.Null(user, "fname");
        JsonShape.Null(user, "lname");
    }

    [Fact]
    public async Task UpdateUserWithNullForRequiredFieldsLeavesThemUnchanged()
    {
        var (id, username) = await CreateFullUserAsync();
        var hash = await StoredHashAsync(id);

        await Api.OkAsync("updateUser", new
        {
            user_id = id,
            username = (string?)null,
            password = (string?)null,
            nickname = (string?)null,
            gender = (int?)null,
            status = (int?)null,
            is_public = (bool?)null,
            concurrent = (int?)null,
        });

        var user = await GetUserAsync(id);
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal("قدیمی", user.GetProperty("nickname").GetString());
        Assert.Equal(2, user.GetProperty("gender").GetInt32());
        Assert.Equal(1, user.GetProperty("status").GetInt32());
        Assert.False(user.GetProperty("is_public").GetBoolean());
        Assert.Equal(2, user.GetProperty("concurrent").GetInt32());
        Assert.Equal(hash, await StoredHashAsync(id));
    }

    [Fact]
    public async Task UpdateUserRenameMovesTheUsernameLookup()
    {
        var (id, old) = await CreateFullUserAsync();
        var renamed = SkyroomApiFixture.UniqueName("r");

        await Api.OkAsync("updateUser", new { user_id = id, username = renamed });

        Assert.Equal(id, (await Api.OkAsync("getUser", new { username = renamed })).GetProperty("id").GetInt64());
        await Api.ExpectNotFoundAsync("getUser", new { username = old });
    }

    [Fact]
    public async Task UpdateUserToItsOwnUsernameInOtherCaseSucceeds()
    {
        var (id, username) = await CreateFullUserAsync();

        Assert.Equal(1, (await Api.OkAsync("updateUser", new { user_id = id, username = username.ToUpperInvariant() })).GetInt32());
        Assert.Equal(username, (await GetUserAsync(id)).GetProperty("username").GetString());
    }

    [Fact]
    public async Task UpdateUserWithTakenUsernameReturnsError14AndChangesNothing()
    {
        var (id, username) = await CreateFullUserAsync();
        var taken = SkyroomApiFixture.UniqueName("t");
        await Api.CreateUserAsync(taken);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateUsername, "updateUser", new { user_id = id, username = taken.ToUpperInvariant(), nickname = "x" });

        var user = await GetUserAsync(id);
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal("قدیمی", user.GetProperty("nickname").GetString());
    }

    public static TheoryData<string, object, string> InvalidFields => new()
    {
        { "username", "", ParamMessages.Username },
        { "username", "has space", ParamMessages.Username },
        { "username", new string('u', 33), ParamMessages.Username },
        { "password", "", ParamMessages.Password },
        { "password", new string('p', 25), ParamMessages.Password },
        { "nickname", "", ParamMessages.Nickname },
        { "nickname", new string('n', 129), ParamMessages.Nickname },
        { "email", "nope", ParamMessages.Email },
        { "email", "a@" + new string('b', 127), ParamMessages.Email },
        { "fname", new string('f', 129), ParamMessages.Fname },
        { "lname", new string('l', 129), ParamMessages.Lname },
        { "gender", -1, ParamMessages.Gender },
        { "status", "on", ParamMessages.Status },
        { "is_public", 5, ParamMessages.IsPublic },
        { "concurrent", new { }, ParamMessages.Concurrent },
        { "time_limit", 1.25, ParamMessages.TimeLimit },
        { "expiry_date", new[] { 1 }, ParamMessages.ExpiryDate },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task UpdateUserWithAnInvalidFieldReturnsError13AndChangesNothing(string field, object value, string message)
    {
        var (id, _) = await CreateFullUserAsync();
        var before = await GetUserAsync(id);
        var hash = await StoredHashAsync(id);

        await Api.ExpectInvalidAsync(message, "updateUser", new Dictionary<string, object?> { ["user_id"] = id, ["nickname"] = "changed", [field] = value });

        Assert.Equal(before.GetRawText(), (await GetUserAsync(id)).GetRawText());
        Assert.Equal(hash, await StoredHashAsync(id));
    }

    [Fact]
    public async Task UpdateUserWithUnknownIdReturnsError15()
    {
        await Api.ExpectNotFoundAsync("updateUser", new { user_id = 987654, nickname = "x" });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x1")]
    [InlineData(0)]
    public async Task UpdateUserWithoutAValidIdReturnsError13(object? userId)
    {
        await Api.ExpectInvalidAsync(ParamMessages.UserId, "updateUser", new { user_id = userId, nickname = "x" });
    }
}
