namespace Kelas.Server;

internal sealed class StartupOptions
{
    public const string SectionName = "Kelas";

    /// <summary>Create demo accounts on first start with an empty database.</summary>
    public bool SeedDemo { get; set; } = true;
}
