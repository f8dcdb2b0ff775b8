namespace Kelas.Skyroom.Tests.Wire;

public sealed class BodyVariantTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task PingAnswersOneWithParamsAbsent()
    {
        var result = SkyroomWire.Result(await Api.CallRawJsonAsync("""{"action":"ping"}"""));
        Assert.Equal(1, result.GetInt32());
    }

    [Theory]
    [InlineData("""{"action":"countRooms","params":{}}""")]
    [InlineData("""{"action":"countRooms","params":[]}""")]
    [InlineData("""{"action":"countRooms","params":null}""")]
    [InlineData("""{"action":"countRooms","params":"{}"}""")]
    [InlineData("""{"action":"countRooms","params":""}""")]
    public async Task EmptyParamsInEveryShapeAreAccepted(string body)
    {
        var envelope = await Api.CallRawJsonAsync(body);
        Assert.True(envelope.GetProperty("ok").GetBoolean(), envelope.ToString());
    }

    [Fact]
    public async Task ParamsAsJsonStringAreRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallRawJsonAsync($$"""{"action":"createRoom","params":"{\"name\":\"{{name}}\",\"title\":\"t\"}"}""")).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(name, room.GetProperty("name").GetString());
    }

    [Fact]
    public async Task FormUrlEncodedWithParamsJsonStringIsRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallFormAsync(("action", "createRoom"), ("params", $$"""{"name":"{{name}}","title":"فرم"}"""))).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal("فرم", room.GetProperty("title").GetString());
    }

    [Fact]
    public async Task MultipartWithParamsJsonStringIsRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallMultipartAsync(("action", "createRoom"), ("params", $$"""{"name":"{{name}}","max_users":"7"}"""))).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(7, room.GetProperty("max_users").GetInt32());
    }
}
