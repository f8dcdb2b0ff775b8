using Kelas.Client.Shad;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Client.Tests.Shad;

public class ShadEventServiceCollectionExtensionsTests
{
    [Fact]
    public void ClientIsRegisteredAsASingletonFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shad:Endpoint"] = "https://shad.example/",
            ["Shad:LandingId"] = "1001",
            ["Shad:Username"] = "org",
            ["Shad:Password"] = "pass-word",
        }).Build();
        var services = new ServiceCollection();

        services.AddShadEventClient(configuration.GetSection("Shad"));
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<ShadEventClient>(), provider.GetRequiredService<ShadEventClient>());
    }

    [Fact]
    public void MissingLandingIdIsReportedWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddShadEventClient(o => o.Endpoint = new Uri("https://shad.example/"));
        using var provider = services.BuildServiceProvider();

        Assert.Contains("LandingId", Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ShadEventClient>()).Message);
    }
}
