namespace Kelas.Skyroom.Tests.Wire;

public sealed class PingTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    [Fact]
    public async Task PingAnswersTheNumberOne()
    {
        var result = await Api.OkAsync("ping");

        Assert.Equal(System.Text.Json.JsonValueKind.Number, result.ValueKind);
        Assert.Equal("1", result.GetRawText());
    }

    [Fact]
    public async Task PingAnswersOneInEveryBodyShape()
    {
        Assert.Equal(1, (await Api.OkAsync("ping", new { anything = 1 })).GetInt32());
        Assert.Equal(1, SkyroomWire.Result(await Api.CallFormAsync(("action", "ping"))).GetInt32());
        Assert.Equal(1, SkyroomWire.Result(await Api.CallMultipartAsync(("action", "ping"), ("params", "{}"))).GetInt32());
        Assert.Equal(1, SkyroomWire.Result(await Api.CallRawJsonAsync("""{"params":[],"action":"ping"}""")).GetInt32());
    }

    [Fact]
    public async Task PingWithTheOtherAccountsKeyAnswersOneToo()
    {
        Assert.Equal(1, (await fixture.OtherApi.OkAsync("ping")).GetInt32());
    }
}
