namespace Kelas.Abrish.Tests;

/// <summary>One server per test class with two registrants, each with an organization.</summary>
public sealed class AbrishApiFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = CreateFactory();

    public AbrishRegistrant Registrant { get; private set; } = null!;

    public AbrishRegistrant Other { get; private set; } = null!;

    public AbrishWire Api { get; private set; } = null!;

    public AbrishWire OtherApi { get; private set; } = null!;

    public long OtherOrganizationId { get; private set; }

    /// <summary>Passwords are hashed with few iterations here so tests that create many users stay fast.</summary>
    public static KelasFactory CreateFactory(TestDatabase? database = null) =>
        new(new Dictionary<string, string?> { ["Abrish:PasswordHashIterations"] = "1000" }, database);

    public async Task InitializeAsync()
    {
        Registrant = await Factory.CreateAbrishRegistrantAsync();
        Other = await Factory.CreateAbrishRegistrantAsync();
        Api = new AbrishWire(Factory.CreateClient(), Registrant);
        OtherApi = new AbrishWire(Factory.CreateClient(), Other);
        OtherOrganizationId = await Factory.CreateAbrishOrganizationAsync(Other, name: "سازمان دیگر");
    }

    /// <summary>A fresh organization of <see cref="Registrant"/>, so tests do not share users.</summary>
    public Task<long> NewOrganizationAsync(string expires = "1410/01/01", int allowedUsers = 100) =>
        Factory.CreateAbrishOrganizationAsync(Registrant, expires: expires, allowedUsers: allowedUsers);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
