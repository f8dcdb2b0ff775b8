namespace Kelas.Abrish.Tests;

public sealed class AbrishModuleTests
{
    [Fact]
    public async Task ServerStartsWithTheAbrishModule()
    {
        using var factory = new KelasFactory();
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }
}
