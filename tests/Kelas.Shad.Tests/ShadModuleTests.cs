namespace Kelas.Shad.Tests;

public sealed class ShadModuleTests
{
    [Fact]
    public async Task ServerStartsWithTheShadModule()
    {
        using var factory = new KelasFactory();
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }
}
