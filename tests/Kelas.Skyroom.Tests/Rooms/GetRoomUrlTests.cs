namespace Kelas.Skyroom.Tests.Rooms;

public sealed class GetRoomUrlTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private string Slug => fixture.Tenant.Slug;

    [Fact]
    public async Task GetRoomUrlIsTheAccountAndRoomUnderTheRequestHost()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        var url = await Api.OkAsync("getRoomUrl", new { room_id = id });

        Assert.Equal(System.Text.Json.JsonValueKind.String, url.ValueKind);
        Assert.Equal($"http://localhost/ch/{Slug}/{name}", url.GetString());
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("FA")]
    [InlineData("")]
    [InlineData(null)]
    public async Task GetRoomUrlInPersianHasNoLanguageSuffix(string? language)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal($"http://localhost/ch/{Slug}/{name}", (await Api.OkAsync("getRoomUrl", new { room_id = id, language })).GetString());
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("ar", "ar")]
    public async Task GetRoomUrlInAnotherLanguageAppendsIt(string language, string expected)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal($"http://localhost/ch/{Slug}/{name}/l/{expected}", (await Api.OkAsync("getRoomUrl", new { room_id = id, language })).GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(1)]
    [InlineData("1")]
    [InlineData("true")]
    public async Task GetRoomUrlRelativeIsThePathOnly(object relative)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal($"/ch/{Slug}/{name}", (await Api.OkAsync("getRoomUrl", new { room_id = id, relative })).GetString());
        Assert.Equal($"/ch/{Slug}/{name}/l/en", (await Api.OkAsync("getRoomUrl", new { room_id = id, relative, language = "en" })).GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(0)]
    [InlineData("0")]
    [InlineData(null)]
    public async Task GetRoomUrlNotRelativeIsAbsolute(object? relative)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal($"http://localhost/ch/{Slug}/{name}", (await Api.OkAsync("getRoomUrl", new { room_id = id, relative })).GetString());
    }

    [Fact]
    public async Task GetRoomUrlUsesTheLowercaseStoredName()
    {
        var name = SkyroomApiFixture.UniqueName("Upper");
        var id = await Api.CreateRoomAsync(name);

        Assert.Equal($"http://localhost/ch/{Slug}/{name.ToLowerInvariant()}", (await Api.OkAsync("getRoomUrl", new { room_id = id })).GetString());
    }

    [Fact]
    public async Task GetRoomUrlFollowsARename()
    {
        var id = await Api.CreateRoomAsync();
        var renamed = SkyroomApiFixture.UniqueName("renamed");
        await Api.OkAsync("updateRoom", new { room_id = id, name = renamed });

        Assert.Equal($"http://localhost/ch/{Slug}/{renamed}", (await Api.OkAsync("getRoomUrl", new { room_id = id })).GetString());
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e1")]
    [InlineData("e")]
    [InlineData("f-")]
    [InlineData(12)]
    public async Task GetRoomUrlWithInvalidLanguageReturnsError13(object language)
    {
        var id = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Language, "getRoomUrl", new { room_id = id, language });
    }

    [Fact]
    public async Task GetRoomUrlWithInvalidRelativeReturnsError13()
    {
        var id = await Api.CreateRoomAsync();

        await Api.ExpectInvalidAsync(ParamMessages.Relative, "getRoomUrl", new { room_id = id, relative = "sometimes" });
    }

    [Fact]
    public async Task GetRoomUrlOfUnknownRoomReturnsError15()
    {
        await Api.ExpectNotFoundAsync("getRoomUrl", new { room_id = 987654 });
    }

    [Fact]
    public async Task GetRoomUrlWithoutRoomIdReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.RoomId, "getRoomUrl", new { language = "en" });
    }
}
