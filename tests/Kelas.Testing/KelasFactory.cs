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
    private readonly bool ownsDatabase;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="extraSettings">Configuration on top of the defaults (demo seeding off).</param>
    /// <param name="database">A database shared with something else (a second server, the command line); created when null.</param>
    /// <param name="configureServices">Replaces services after the server's own registrations (fakes of data sets, say).</param>
    public KelasFactory(
        IReadOnlyDictionary<string, string?>? extraSettings = null, TestDatabase? database = null, Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        ownsDatabase = database is null;
        Database = database ?? new TestDatabase();
        settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Kelas:SeedDemo"] = "false",

            // Tests must not depend on whether the analytics data sets are installed on this machine.
            ["ShortLinks:DataSets:Directory"] = Path.Combine(Path.GetTempPath(), "kelas-no-data-sets"),
            ["ShortLinks:DataSets:Preload"] = "false",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
