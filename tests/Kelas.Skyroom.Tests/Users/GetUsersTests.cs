namespace Kelas.Skyroom.Tests.Users;

public sealed class GetUsersTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Fact]
    public async Task GetUsersOfANewAccountIsAnEmptyArrayAndCountUsersIsZero()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);

        Assert.Empty(JsonShape.Array(await api.OkAsync("getUsers")));
        var count = await api.OkAsync("countUsers");
        Assert.Equal(System.Text.Json.JsonValueKind.Number, count.ValueKind);
        Assert.Equal(0, count.GetInt32());
    }

    [Fact]
    public async Task GetUsersReturnsSummaryFieldsOfEveryUserInIdOrder()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        var parham = (await api.OkAsync("createUser", new { username = "Parham", password = "p", nickname = "پرهام", email = "p@example.com" })).GetInt64();
        var sara = (await api.OkAsync("createUser", new { username = "sara", password = "p", nickname = "سارا", status = 0 })).GetInt64();

        var users = JsonShape.Array(await api.OkAsync("getUsers"));

        Assert.Equal(2, users.Length);
        foreach (var user in users)
        {
            JsonShape.Fields(JsonShape.UserSummary, user);
            JsonShape.Integer(user, "id");
            JsonShape.Integer(user, "status");
        }

        Assert.Equal([parham, sara], users.Select(u => u.GetProperty("id").GetInt64()));
        Assert.Equal(["parham", "sara"], users.Select(u => u.GetProperty("username").GetString()));
        Assert.Equal(["پرهام", "سارا"], users.Select(u => u.GetProperty("nickname").GetString()));
        Assert.Equal([1, 0], users.Select(u => u.GetProperty("status").GetInt32()));
        Assert.Equal(2, (await api.OkAsync("countUsers")).GetInt32());
    }

    [Fact]
    public async Task CountUsersFollowsCreateAndDelete()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        var first = await api.CreateUserAsync();
        await api.CreateUserAsync();

        Assert.Equal(2, (await api.OkAsync("countUsers")).GetInt32());
        await api.OkAsync("deleteUser", new { user_id = first });
        Assert.Equal(1, (await api.OkAsync("countUsers")).GetInt32());
        Assert.Single(JsonShape.Array(await api.OkAsync("getUsers")));
    }
}
