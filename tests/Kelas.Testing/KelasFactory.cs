using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.Testing;

/// <summary>The whole server in process, on a database of its own, with a clock the test controls.</summary>
public class KelasFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public KelasFactory(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Kelas:SeedDemo"] = "false",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public TestDatabase Database { get; } = new();

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
