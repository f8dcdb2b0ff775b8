namespace Kelas.Skyroom.Tests.Wire;

public sealed class PersianDigitTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Fact]
    public async Task IdsWrittenInPersianOrArabicIndicDigitsAreRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = (await fixture.Api.OkAsync("createRoom", new { name, max_users = "۲۵" })).GetInt64();
        var persian = string.Concat(id.ToString().Select(d => (char)('۰' + (d - '0'))));
        var arabic = string.Concat(id.ToString().Select(d => (char)('٠' + (d - '0'))));

        Assert.Equal(name, (await fixture.Api.OkAsync("getRoom", new { room_id = persian })).GetProperty("name").GetString());
        Assert.Equal(25, (await fixture.Api.OkAsync("getRoom", new { room_id = arabic })).GetProperty("max_users").GetInt32());
    }
}
