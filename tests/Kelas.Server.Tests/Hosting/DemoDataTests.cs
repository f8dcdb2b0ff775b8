using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.Server.Tests.Hosting;

public sealed partial class DemoDataTests
{
    [Fact]
    public async Task FirstStartPrintsAWorkingKeyAndCurlLineAndSecondStartPrintsNothing()
    {
        using var database = new TestDatabase();
        var banner = await StartAndReadBannerAsync(database, out var key);
        Assert.Contains("curl -s http://", banner);
        Assert.Contains("/skyroom/api/" + key, banner);

        using (var factory = new KelasFactory(database: database))
        {
            var api = new SkyroomWire(factory.CreateClient(), key);
            var rooms = await api.OkAsync("getRooms");
            Assert.Equal("welcome", Assert.Single(rooms.EnumerateArray()).GetProperty("name").GetString());
            Assert.Equal("teacher", Assert.Single((await api.OkAsync("getUsers")).EnumerateArray()).GetProperty("username").GetString());
            Assert.Equal(1, (await api.OkAsync("countRooms")).GetInt32());
        }

        var second = await StartAndReadBannerAsync(database, out _);
        Assert.Equal(string.Empty, second);
    }

    private static Task<string> StartAndReadBannerAsync(TestDatabase database, out string key)
    {
        var output = new StringWriter();
        using (var factory = new DemoFactory(database, output))
        {
            factory.CreateClient().Dispose();
        }

        var text = output.ToString();
        key = KeyPattern().Match(text).Value;
        return Task.FromResult(text);
    }

    [GeneratedRegex("apikey-[0-9a-f-]{40,}")]
    private static partial Regex KeyPattern();

    private sealed class DemoFactory(TestDatabase database, TextWriter output)
        : KelasFactory(new Dictionary<string, string?> { ["Kelas:SeedDemo"] = "true" }, database)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(new StartupConsole(output))));
        }
    }
}
