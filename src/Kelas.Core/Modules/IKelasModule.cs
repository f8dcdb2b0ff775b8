namespace Kelas.Core.Modules;

/// <summary>
/// What the host needs from a module at start-up: its migrations, and demo data for a newcomer.
/// Modules register one with <c>services.AddSingleton&lt;IKelasModule, …&gt;()</c>.
/// </summary>
public interface IKelasModule
{
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Creates demo data when the module's tables are empty; returns what to show the newcomer, or null.</summary>
    Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken);
}
