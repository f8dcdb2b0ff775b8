namespace Kelas.Skyroom.Tests.Wire;

/// <summary>Length limits count characters, as a utf8mb4 or PostgreSQL column does, not UTF-16 units.</summary>
public sealed class CharacterCountTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task TitleOf128EmojiIsAcceptedAnd129Refused()
    {
        var emoji = string.Concat(Enumerable.Repeat("📚", 128));
        Assert.Equal(256, emoji.Length);

        var id = (await Api.OkAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), title = emoji })).GetInt64();
        Assert.Equal(emoji, (await Api.OkAsync("getRoom", new { room_id = id })).GetProperty("title").GetString());
        Assert.Equal((13, ParamMessages.Title), await Api.ErrorAsync("createRoom", new { name = SkyroomApiFixture.UniqueName(), title = emoji + "📚" }));
    }

    [Fact]
    public async Task WholeFloatUserIdBecomesTheIntegerInTheLoginToken()
    {
        var room = (await Api.OkAsync("createRoom", new { name = SkyroomApiFixture.UniqueName() })).GetInt64();

        var url = (await Api.OkAsync("createLoginUrl", new { room_id = room, user_id = 5.0, nickname = "n" })).GetString()!;

        var payload = url.Split("/t/")[1].Split('/')[0].Split('.')[1];
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight((payload.Length + 3) / 4 * 4, '=')));
        Assert.Contains("\"uid\":\"@api\\/5\"", json);
    }
}
