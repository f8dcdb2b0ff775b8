using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kelas.Skyroom.Tests.Accounts;

public sealed class EmptyKeyTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Theory]
    [InlineData("/skyroom/api")]
    [InlineData("/skyroom/api/")]
    public async Task BarePathWithoutKeyAnswersInvalidKeyInTheEnvelope(string path)
    {
        using var response = await fixture.Factory.CreateClient().PostAsJsonAsync(path, new { action = "ping" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(11, body.RootElement.GetProperty("error_code").GetInt32());
        Assert.Equal(SkyroomMessages.InvalidKey, body.RootElement.GetProperty("error_message").GetString());
    }
}
