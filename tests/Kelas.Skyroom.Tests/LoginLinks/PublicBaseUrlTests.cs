namespace Kelas.Skyroom.Tests.LoginLinks;

/// <summary>
/// A server configured with the live service's public base, an account named as in the original's examples and the clock
/// at the moment its example token was made: the URLs must then be the original's, byte for byte up to the signature.
/// </summary>
public sealed class LiveShapedServerFixture : IAsyncLifetime
{
    /// <summary>The example token's exp (1605086566) less the default ttl.</summary>
    public static readonly DateTimeOffset ExampleTime = DateTimeOffset.FromUnixTimeSeconds(1605086566 - 3600);

    public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Skyroom:PublicBaseUrl"] = "https://www.skyroom.online/" });

    public SkyroomTenant Tenant { get; private set; } = null!;

    public SkyroomWire Api { get; private set; } = null!;

    public long MeetingId { get; private set; }

    public async Task InitializeAsync()
    {
        Factory.Clock.Advance(ExampleTime - Factory.Clock.GetUtcNow());
        Tenant = await Factory.CreateSkyroomTenantAsync("faramooz");
        Api = new SkyroomWire(Factory.CreateClient(), Tenant.ApiKey);
        MeetingId = (await Api.OkAsync("createRoom", new { name = "meeting", title = "اتاق جلسات" })).GetInt64();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

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
