using System.Text.Json;
using Kelas.Skyroom.Users;

namespace Kelas.Skyroom.Tests.Users;

public sealed class CreateUserTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private Task<string?> StoredHashAsync(long userId) => fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(userId));

    [Fact]
    public async Task CreateUserReturnsTheNewIdAndStoresEveryGivenField()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        var result = await Api.OkAsync("createUser", new
        {
            username,
            password = "12345",
            nickname = "پرهام",
            email = "example@gmail.com",
            fname = "پرهام",
            lname = "عابدینی",
            gender = 1,
            status = 0,
            is_public = true,
            concurrent = 3,
            time_limit = 7200,
            expiry_date = 1893456000,
        });

        Assert.Equal(JsonValueKind.Number, result.ValueKind);
        var id = result.GetInt64();
        var user = await Api.OkAsync("getUser", new { user_id = id });
        JsonShape.Fields(JsonShape.User, user);
        var now = fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(id, user.GetProperty("id").GetInt64());
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal("پرهام", user.GetProperty("nickname").GetString());
        Assert.Equal("example@gmail.com", user.GetProperty("email").GetString());
        Assert.Equal("پرهام", user.GetProperty("fname").GetString());
        Assert.Equal("عابدینی", user.GetProperty("lname").GetString());
        Assert.Equal(1, user.GetProperty("gender").GetInt32());
        Assert.Equal(0, user.GetProperty("status").GetInt32());
        Assert.True(user.GetProperty("is_public").GetBoolean());
        Assert.Equal(3, user.GetProperty("concurrent").GetInt32());
        Assert.Equal(7200, user.GetProperty("time_limit").GetInt64());
        Assert.Equal(0, user.GetProperty("time_usage").GetInt64());
        Assert.Equal(0, user.GetProperty("time_total").GetInt64());
        Assert.Equal(1893456000, user.GetProperty("expiry_date").GetInt64());
        Assert.Equal(now, user.GetProperty("create_time").GetInt64());
        Assert.Equal(now, user.GetProperty("update_time").GetInt64());
    }

    [Fact]
    public async Task CreateUserWithOnlyRequiredFieldsUsesTheDefaults()
    {
        var id = await Api.CreateUserAsync();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        JsonShape.Null(user, "email");
        JsonShape.Null(user, "fname");
        JsonShape.Null(user, "lname");
        Assert.Equal(0, user.GetProperty("gender").GetInt32());
        Assert.Equal(1, user.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.False, user.GetProperty("is_public").ValueKind);
        Assert.Equal(1, user.GetProperty("concurrent").GetInt32());
        JsonShape.Null(user, "time_limit");
        JsonShape.Null(user, "expiry_date");
    }

    [Fact]
    public async Task CreatePublicUserWithoutConcurrentIsUnlimited()
    {
        var id = (await Api.OkAsync("createUser", new { username = SkyroomApiFixture.UniqueName("pub"), password = "12345", nickname = "کاربر عمومی", status = 1, is_public = true })).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        Assert.True(user.GetProperty("is_public").GetBoolean());
        Assert.Equal(0, user.GetProperty("concurrent").GetInt32());
    }

    [Fact]
    public async Task CreateUserStoresThePasswordHashedAndNeverReturnsIt()
    {
        var id = (await Api.OkAsync("createUser", new { username = SkyroomApiFixture.UniqueName("u"), password = "tu2017!", nickname = "n" })).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        Assert.False(user.TryGetProperty("password", out _));
        Assert.DoesNotContain("tu2017!", user.GetRawText());
        var hash = await StoredHashAsync(id);
        Assert.NotNull(hash);
        Assert.DoesNotContain("tu2017!", hash);
        Assert.True(PasswordHasher.Verify("tu2017!", hash));
        Assert.False(PasswordHasher.Verify("tu2017", hash));
    }

    [Fact]
    public async Task CreateUserAcceptsANumericPassword()
    {
        var id = (await Api.OkAsync("createUser", new { username = SkyroomApiFixture.UniqueName("u"), password = 10, nickname = "n" })).GetInt64();

        Assert.True(PasswordHasher.Verify("10", (await StoredHashAsync(id))!));
    }

    [Fact]
    public async Task CreateUserKeepsSpacesInThePassword()
    {
        var id = (await Api.OkAsync("createUser", new { username = SkyroomApiFixture.UniqueName("u"), password = " a b ", nickname = "n" })).GetInt64();

        Assert.True(PasswordHasher.Verify(" a b ", (await StoredHashAsync(id))!));
    }

    [Fact]
    public async Task CreateUserStoresTheUsernameLowercase()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var id = (await Api.OkAsync("createUser", new { username = $"Ali.Reza@School-1_{suffix.ToUpperInvariant()}", password = "p", nickname = "n" })).GetInt64();

        Assert.Equal($"ali.reza@school-1_{suffix}", (await Api.OkAsync("getUser", new { user_id = id })).GetProperty("username").GetString());
    }

    [Fact]
    public async Task CreateUserAcceptsTheLongestValues()
    {
        var username = ("u" + Guid.NewGuid().ToString("N")).PadRight(32, 'x')[..32];
        var id = (await Api.OkAsync("createUser", new
        {
            username,
            password = new string('p', 24),
            nickname = new string('ن', 128),
            email = "a@" + new string('b', 126),
            fname = new string('ف', 128),
            lname = new string('ل', 128),
        })).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal(128, user.GetProperty("nickname").GetString()!.Length);
        Assert.Equal(128, user.GetProperty("email").GetString()!.Length);
        Assert.True(PasswordHasher.Verify(new string('p', 24), (await StoredHashAsync(id))!));
    }

    [Fact]
    public async Task CreateUserWithTakenUsernameReturnsError14()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        await Api.CreateUserAsync(username);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateUsername, "createUser", new { username, password = "p", nickname = "n" });
    }

    [Fact]
    public async Task CreateUserWithTakenUsernameInOtherCaseReturnsError14()
    {
        var username = SkyroomApiFixture.UniqueName("u");
        await Api.CreateUserAsync(username);

        await Api.ExpectErrorAsync(14, SkyroomMessages.DuplicateUsername, "createUser", new { username = username.ToUpperInvariant(), password = "p", nickname = "n" });
    }

    public static TheoryData<object?> InvalidUsernames => new()
    {
        null,
        "",
        "  ",
        "has space",
        "علی",
        "a/b",
        "a+b",
        new string('u', 33),
        true,
        new { name = "x" },
    };

    [Theory]
    [MemberData(nameof(InvalidUsernames))]
    public async Task CreateUserWithInvalidUsernameReturnsError13(object? username)
    {
        await Api.ExpectInvalidAsync(ParamMessages.Username, "createUser", new { username, password = "p", nickname = "n" });
    }

    public static TheoryData<object?> InvalidPasswords => new()
    {
        null,
        "",
        new string('p', 25),
        false,
        new[] { "p" },
    };

    [Theory]
    [MemberData(nameof(InvalidPasswords))]
    public async Task CreateUserWithInvalidPasswordReturnsError13(object? password)
    {
        var username = SkyroomApiFixture.UniqueName("u");

        await Api.ExpectInvalidAsync(ParamMessages.Password, "createUser", new { username, password, nickname = "n" });
        await Api.ExpectNotFoundAsync("getUser", new { username });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateUserWithoutNicknameReturnsError13(string? nickname)
    {
        await Api.ExpectInvalidAsync(ParamMessages.Nickname, "createUser", new { username = SkyroomApiFixture.UniqueName("u"), password = "p", nickname });
    }

    public static TheoryData<string, object, string> InvalidFields => new()
    {
        { "nickname", new string('n', 129), ParamMessages.Nickname },
        { "email", "a@" + new string('b', 127), ParamMessages.Email },
        { "email", "not-an-email", ParamMessages.Email },
        { "email", "a@b@c", ParamMessages.Email },
        { "email", "a b@c", ParamMessages.Email },
        { "fname", new string('f', 129), ParamMessages.Fname },
        { "lname", new string('l', 129), ParamMessages.Lname },
        { "gender", 3, ParamMessages.Gender },
        { "gender", "male", ParamMessages.Gender },
        { "status", 2, ParamMessages.Status },
        { "is_public", "maybe", ParamMessages.IsPublic },
        { "concurrent", -1, ParamMessages.Concurrent },
        { "concurrent", 10_001, ParamMessages.Concurrent },
        { "time_limit", "x", ParamMessages.TimeLimit },
        { "time_limit", -1, ParamMessages.TimeLimit },
        { "expiry_date", -5, ParamMessages.ExpiryDate },
        { "expiry_date", 253402300800L, ParamMessages.ExpiryDate },
        { "expiry_date", "tomorrow", ParamMessages.ExpiryDate },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task CreateUserWithAnInvalidFieldReturnsError13NamingItAndCreatesNothing(string field, object value, string message)
    {
        var username = SkyroomApiFixture.UniqueName("u");

        await Api.ExpectInvalidAsync(message, "createUser", new Dictionary<string, object?> { ["username"] = username, ["password"] = "p", ["nickname"] = "n", [field] = value });
        await Api.ExpectNotFoundAsync("getUser", new { username });
    }

    [Fact]
    public async Task CreateUserWithEmptyOptionalTextsStoresNull()
    {
        var id = (await Api.OkAsync("createUser", new { username = SkyroomApiFixture.UniqueName("u"), password = "p", nickname = "n", email = "", fname = "", lname = (string?)null })).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        JsonShape.Null(user, "email");
        JsonShape.Null(user, "fname");
        JsonShape.Null(user, "lname");
    }
}
