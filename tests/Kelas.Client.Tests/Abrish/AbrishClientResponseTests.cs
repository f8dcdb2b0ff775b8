using System.Net;
using Kelas.Client.Abrish;
using Kelas.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Client.Tests.Abrish;

public sealed class AbrishClientResponseTests
{
    private static string UsersJson(int count, int from, int n) =>
        $$"""{"count":{{count}},"data":[{{string.Join(",", Enumerable.Range(from, n).Select(i => $$"""{"ID":"{{i}}","FirstName":"f","LastName":"l","UserName":"u{{i}}","Gender":"2","BirthDate":"1370/01/01","Cell":"0912","IsEnable":"1","SpecialAccess":0}"""))}}]}""";

    [Fact]
    public async Task OrganizationsAreReadWhetherNumbersComeAsNumbersOrStrings()
    {
        var handler = AbrishTestClient.Answering("""
            [{"id":3,"name":"الف","userscount":"4","rolescount":2,"plantype":"طلایی","timedout":"1","duration":"1403/12/30","allowedusers":"10"}]
            """);

        var organization = Assert.Single(await AbrishTestClient.Create(handler).GetOrganizationsAsync());

        Assert.Equal(new AbrishOrganization(3, "الف", 4, 2, "طلایی", true, "1403/12/30", 10), organization);
    }

    [Fact]
    public async Task GetUsersWalksPagesOfEighteenUntilTheCountIsReached()
    {
        var handler = new StubHttpHandler((request, _) =>
        {
            var page = request.ParamsJson()["page"]!.GetValue<int>();
            return Task.FromResult(StubHttpHandler.Envelope(UsersJson(40, page * 18, Math.Min(18, 40 - (page * 18)))));
        });

        var users = await AbrishTestClient.Create(handler).GetUsersAsync(5, "x").ToListAsync();

        Assert.Equal(40, users.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), users.Select(u => u.Id));
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("x", r.ParamsJson()["filter"]!.GetValue<string>()));
        Assert.Equal(AbrishGender.Female, users[0].Gender);
        Assert.True(users[0].IsEnabled);
        Assert.False(users[0].SpecialAccess);
    }

    [Fact]
    public async Task GetUsersStopsAtAShortPageEvenWhenTheCountSaysMore()
    {
        var handler = new StubHttpHandler((request, _) => Task.FromResult(StubHttpHandler.Envelope(UsersJson(100, 0, 5))));

        var users = await AbrishTestClient.Create(handler).GetUsersAsync(5).ToListAsync();

        Assert.Equal(5, users.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task GetUsersStopsWhenAFullPageReachesTheCount()
    {
        var handler = new StubHttpHandler((request, _) => Task.FromResult(StubHttpHandler.Envelope(UsersJson(18, 0, 18))));

        var users = await AbrishTestClient.Create(handler).GetUsersAsync(5).ToListAsync();

        Assert.Equal(18, users.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ErrorAnswerIsThrownWithItsPersianMessage()
    {
        var handler = AbrishTestClient.Answering("""{"error":"سازمان مورد نظر یافت نشد"}""");

        var error = await Assert.ThrowsAsync<AbrishException>(() => AbrishTestClient.Create(handler).RenameOrganizationAsync(1, "x"));

        Assert.Equal("سازمان مورد نظر یافت نشد", error.Message);
        Assert.Equal("سازمان مورد نظر یافت نشد", error.ServiceMessage);
        Assert.Null(error.HttpStatusCode);
    }

    [Fact]
    public async Task PersistentServiceUnavailableIsRetriedThenThrownWithTheStatus()
    {
        var options = AbrishTestClient.Options();
        options.MaxRetries = 2;
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable());

        var error = await Assert.ThrowsAsync<AbrishException>(() => AbrishTestClient.Create(handler, options).GetOrganizationsAsync());

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatusCode);
        Assert.Null(error.ServiceMessage);
    }

    [Fact]
    public async Task TransportFailureIsRetriedAndTheApiKeyNeverReachesTheLog()
    {
        var options = AbrishTestClient.Options();
        options.MaxRetries = 1;
        var logger = new ListLogger();
        var handler = new StubHttpHandler((_, _) => throw new HttpRequestException($"connection refused ({options.ApiKey})"));

        var error = await Assert.ThrowsAsync<AbrishException>(() => AbrishTestClient.Create(handler, options, logger).GetOrganizationsAsync());

        Assert.Equal(2, handler.Requests.Count);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.DoesNotContain(options.ApiKey!, error.Message);
        Assert.DoesNotContain(options.ApiKey!, logger.AllText);
    }

    [Fact]
    public async Task AnswerThatIsNotJsonIsAnAbrishException()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>") }));

        var error = await Assert.ThrowsAsync<AbrishException>(() => AbrishTestClient.Create(handler).GetOrganizationsAsync());

        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task AddAbrishClientRegistersASingletonFromConfiguration()
    {
        var services = new ServiceCollection();
        var handler = AbrishTestClient.Answering("[]");
        services.AddAbrishClient(o =>
        {
            o.Endpoint = AbrishTestClient.Endpoint;
            o.RegisterName = "di@example.com";
            o.ApiKey = "k";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<AbrishClient>();
        await client.GetOrganizationsAsync();

        Assert.Same(client, provider.GetRequiredService<AbrishClient>());
        Assert.Equal("di@example.com", handler.Single().ParamsJson()["serviceusername"]!.GetValue<string>());
    }
}
