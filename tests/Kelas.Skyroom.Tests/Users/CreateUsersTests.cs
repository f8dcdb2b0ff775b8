using System.Text.Json;

namespace Kelas.Skyroom.Tests.Users;

public sealed class CreateUsersTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task CreateUsersAnswersAnArrayAlignedWithTheInput()
    {
        var taken = SkyroomApiFixture.UniqueName("taken");
        await Api.CreateUserAsync(taken);
        var first = SkyroomApiFixture.UniqueName("a");
        var second = SkyroomApiFixture.UniqueName("b");

        var results = JsonShape.Array(await Api.OkAsync("createUsers", new
        {
            users = new object[]
            {
                new { username = first, password = "p1", nickname = "اول" },
                new { username = taken.ToUpperInvariant(), password = "p", nickname = "تکراری" },
                new { username = "has space", password = "p", nickname = "نامعتبر" },
                new { username = second, password = 10, nickname = "دوم", is_public = "1" },
                new { username = first, password = "p", nickname = "تکرار در همین فهرست" },
                new { username = SkyroomApiFixture.UniqueName("c"), nickname = "بی‌گذرواژه" },
                "not an object",
            },
        }));

        Assert.Equal(7, results.Length);
        Assert.Equal(JsonValueKind.Number, results[0].ValueKind);
        Assert.Equal(SkyroomMessages.DuplicateUsername, results[1].GetString());
        Assert.Equal(ParamMessages.Username, results[2].GetString());
        Assert.Equal(JsonValueKind.Number, results[3].ValueKind);
        Assert.Equal(SkyroomMessages.DuplicateUsername, results[4].GetString());
        Assert.Equal(ParamMessages.Password, results[5].GetString());
        Assert.Equal(ParamMessages.Users, results[6].GetString());

        var user = await Api.OkAsync("getUser", new { user_id = results[0].GetInt64() });
        Assert.Equal(first, user.GetProperty("username").GetString());
        Assert.Equal("اول", user.GetProperty("nickname").GetString());
        var publicUser = await Api.OkAsync("getUser", new { user_id = results[3].GetInt64() });
        Assert.Equal(second, publicUser.GetProperty("username").GetString());
        Assert.True(publicUser.GetProperty("is_public").GetBoolean());
    }

    [Fact]
    public async Task CreateUsersCreatesEveryValidEntry()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = Api.WithKey(tenant.ApiKey);
        var users = Enumerable.Range(0, 20).Select(i => new { username = $"student{i}", password = $"p{i}", nickname = $"دانشجو {i}" }).ToArray();

        var results = JsonShape.Array(await api.OkAsync("createUsers", new { users }));

        Assert.All(results, r => Assert.Equal(JsonValueKind.Number, r.ValueKind));
        Assert.Equal(20, results.Select(r => r.GetInt64()).Distinct().Count());
        Assert.Equal(20, (await api.OkAsync("countUsers")).GetInt32());
        Assert.Equal(users.Select(u => u.username), JsonShape.Array(await api.OkAsync("getUsers")).Select(u => u.GetProperty("username").GetString()));
    }

    [Fact]
    public async Task CreateUsersAcceptsTheListAsAJsonString()
    {
        var username = SkyroomApiFixture.UniqueName("s");

        var results = JsonShape.Array(await Api.OkAsync("createUsers", new { users = $$"""[{"username":"{{username}}","password":"p","nickname":"n"}]""" }));

        Assert.Equal(JsonValueKind.Number, Assert.Single(results).ValueKind);
    }

    public static TheoryData<object?> InvalidLists => new()
    {
        null,
        new object[0],
        "abc",
        "[]",
        7,
        true,
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public async Task CreateUsersWithoutAListReturnsError13(object? users)
    {
        await Api.ExpectInvalidAsync(ParamMessages.Users, "createUsers", new { users });
    }
}
