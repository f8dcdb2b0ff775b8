using Kelas.Client.Abrish;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>One in-process Kelas server per test class with two registrants, an organization each, and an SDK client for each.</summary>
public sealed class AbrishContractFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Abrish:PasswordHashIterations"] = "1000" });

    public AbrishRegistrant Registrant { get; private set; } = null!;

    public AbrishRegistrant Other { get; private set; } = null!;

    public AbrishClient Client { get; private set; } = null!;

    public long OtherOrganizationId { get; private set; }

    public async Task InitializeAsync()
    {
        Registrant = await Factory.CreateAbrishRegistrantAsync();
        Other = await Factory.CreateAbrishRegistrantAsync();
        Client = CreateClient(Registrant);
        OtherOrganizationId = await Factory.CreateAbrishOrganizationAsync(Other);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public AbrishClient CreateClient(AbrishRegistrant registrant, Action<AbrishClientOptions>? configure = null)
    {
        var http = Factory.CreateClient();
        var options = new AbrishClientOptions { Endpoint = http.BaseAddress, RegisterName = registrant.Name, ApiKey = registrant.ApiKey, TimeProvider = Factory.Clock };
        configure?.Invoke(options);
        return new AbrishClient(http, options);
    }

    public Task<long> NewOrganizationAsync(string expires = "1410/01/01", int allowedUsers = 100) =>
        Factory.CreateAbrishOrganizationAsync(Registrant, expires: expires, allowedUsers: allowedUsers);

    public static SaveAbrishUserRequest User(string userName, string firstName = "نرگس", string lastName = "موسوی", string? cell = "09121234567") => new()
    {
        FirstName = firstName,
        LastName = lastName,
        UserName = userName,
        Gender = AbrishGender.Female,
        BirthDate = "1375/03/04",
        Cell = cell,
        Password = "pass-1234",
    };
}
