using System.Text;

namespace Kelas.Skyroom.Tests.Accounts;

public sealed class AccountStatusTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Fact]
    public async Task ADisabledAccountGetsError10OnEveryAction()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        var room = await api.CreateRoomAsync();
        await fixture.Factory.SetSkyroomAccountEnabledAsync(tenant.Slug, enabled: false);

        foreach (var (action, parameters) in new (string, object?)[]
        {
            ("ping", null),
            ("getRooms", null),
            ("getRoom", new { room_id = room }),
            ("createRoom", new { name = "while-disabled" }),
            ("createLoginUrl", new { room_id = room, user_id = "u", nickname = "n" }),
            ("noSuchAction", null),
        })
        {
            Assert.Equal((10, "وب\u200cسرویس غیرفعال است."), await api.ErrorAsync(action, parameters));
        }

        Assert.Equal((10, SkyroomMessages.Disabled), SkyroomWire.Error(await api.CallRawJsonAsync("{broken")));
        Assert.Equal((10, SkyroomMessages.Disabled), SkyroomWire.Error(await api.SendEnvelopeAsync(new HttpRequestMessage(HttpMethod.Get, api.Path))));
    }

    [Fact]
    public async Task ADisabledAccountChangesNothingAndWorksAgainOnceEnabled()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        await fixture.Factory.SetSkyroomAccountEnabledAsync(tenant.Slug, enabled: false);
        await api.ErrorAsync("createRoom", new { name = "while-disabled" });

        await fixture.Factory.SetSkyroomAccountEnabledAsync(tenant.Slug, enabled: true);

        Assert.Equal(0, (await api.OkAsync("countRooms")).GetInt32());
        Assert.True((await api.OkAsync("createRoom", new { name = "while-disabled" })).GetInt64() > 0);
    }

    [Fact]
    public async Task DisablingOneAccountLeavesTheOthersWorking()
    {
        var disabled = await fixture.Factory.CreateSkyroomTenantAsync();
        await fixture.Factory.SetSkyroomAccountEnabledAsync(disabled.Slug, enabled: false);

        Assert.Equal(1, (await fixture.Api.OkAsync("ping")).GetInt32());
        Assert.Equal(1, (await fixture.OtherApi.OkAsync("ping")).GetInt32());
    }

    [Fact]
    public async Task AWellFormedUnknownKeyGetsError11()
    {
        var unknown = "apikey-" + fixture.Tenant.AccountId + "-123456-";
        unknown += new string('0', 50 - unknown.Length);
        Assert.Equal(50, unknown.Length);

        var api = fixture.Api.WithKey(unknown);

        Assert.Equal((11, "کلید وب\u200cسرویس نامعتبر است."), await api.ErrorAsync("ping"));
        Assert.Equal((11, SkyroomMessages.InvalidKey), await api.ErrorAsync("getRooms"));
    }

    [Fact]
    public async Task AKeyDifferingInOneCharacterGetsError11()
    {
        var key = fixture.Tenant.ApiKey;
        var altered = key[..^1] + (key[^1] == '0' ? '1' : '0');

        Assert.Equal((11, SkyroomMessages.InvalidKey), await fixture.Api.WithKey(altered).ErrorAsync("ping"));
    }

    public static TheoryData<string> MalformedKeys => new()
    {
        "x",
        "apikey",
        "apikey-1-2-3",
        new string('a', 50),
        "apikey-1-123456-" + new string('a', 33),
        "apikey-1-123456-" + new string('a', 35),
        "APIKEY-1-123456-" + new string('a', 34),
        "apikey-1-123456-" + new string('A', 34),
        "apikey-1-123456-" + new string('g', 34),
        "apikey_1_123456_" + new string('a', 34),
        "apikey-1-123456-" + new string('a', 33) + "%20",
        "apikey-1-123456-" + new string('a', 32) + "..",
        "apikey-1-123456-" + new string('a', 200),
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task AMalformedKeyGetsError11(string key)
    {
        var api = fixture.Api.WithKey(key);

        Assert.Equal((11, SkyroomMessages.InvalidKey), await api.ErrorAsync("ping"));
        Assert.Equal((11, SkyroomMessages.InvalidKey), SkyroomWire.Error(await api.SendEnvelopeAsync(new HttpRequestMessage(HttpMethod.Get, api.Path))));
    }

    [Fact]
    public async Task AnotherAccountsKeyWithATrailingSlashStillIdentifiesIt()
    {
        var response = await fixture.Api.SendEnvelopeAsync(fixture.Api.Post(new StringContent("""{"action":"countRooms"}""", Encoding.UTF8, "application/json"), fixture.Api.Path + "/"));

        Assert.True(response.GetProperty("ok").GetBoolean());
    }
}
