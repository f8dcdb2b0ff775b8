namespace Kelas.Server.Tests.Hosting;

public sealed class HostTests : IDisposable
{
    private readonly KelasFactory factory = new();
    private readonly HttpClient http;

    public HostTests() => http = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task RootPageNamesTheServices()
    {
        var text = await http.GetStringAsync("/");
        Assert.Contains("/skyroom/api/", text);
    }

    [Fact]
    public async Task HealthEndpointAnswersOk() => Assert.Equal("ok", await http.GetStringAsync("/healthz"));
}
