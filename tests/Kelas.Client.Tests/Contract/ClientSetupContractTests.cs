using System.Reflection;
using Kelas.Client.Skyroom;
using Kelas.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Client.Tests.Contract;

public class ClientSetupContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    [Fact]
    public async Task AClientRegisteredFromConfigurationTalksToTheServer()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Skyroom:Endpoint"] = fixture.BaseUrl,
                ["Skyroom:ApiKey"] = fixture.Tenant.ApiKey,
                ["Skyroom:MaxRetries"] = "0",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSkyroomClient(configuration.GetSection("Skyroom")).ConfigurePrimaryHttpMessageHandler(() => fixture.Factory.Server.CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var skyroom = provider.GetRequiredService<SkyroomClient>();
        var name = SkyroomContractFixture.UniqueName("di");

        var id = await skyroom.CreateRoomAsync(new CreateRoomRequest { Name = name, Title = "تزریق" });

        Assert.Equal(name, (await fixture.Client.GetRoomAsync(id)).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task TheEndpointWorksWithOrWithoutATrailingSlash(string slash)
    {
        var skyroom = fixture.CreateClient(fixture.Tenant.ApiKey, o => o.Endpoint = new Uri(fixture.BaseUrl + slash));

        Assert.Null(await Record.ExceptionAsync(() => skyroom.PingAsync()));
    }

    [Fact]
    public void EveryPublicSdkMethodHasAContractTest()
    {
        // A new SkyroomClient method needs a test in this folder against the server; list it here once it has one.
        string[] covered =
        [
            "AddRoomUsersAsync", "AddUserRoomsAsync", "CountRoomsAsync", "CountUsersAsync", "CreateLoginUrlAsync", "CreateRoomAsync",
            "CreateUserAsync", "CreateUsersAsync", "DeleteRoomAsync", "DeleteUserAsync", "DeleteUsersAsync", "GetLoginUrlAsync",
            "GetConnectionsAsync", "GetConnectionsCountAsync", "GetRoomAsync", "GetRoomByNameAsync", "GetRoomUrlAsync", "GetRoomUsersAsync",
            "GetRoomsAsync", "GetServicesAsync", "GetSessionAsync", "GetSessionsAsync", "GetSessionsCountAsync",
            "GetUserAsync", "GetUserByUsernameAsync", "GetUserRoomsAsync", "GetUsersAsync", "PingAsync", "RemoveRoomUsersAsync",
            "RemoveUserRoomsAsync", "UpdateRoomAsync", "UpdateRoomUserAsync", "UpdateUserAsync",
        ];

        var methods = typeof(SkyroomClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(covered.Order(StringComparer.Ordinal), methods);
    }
}
