namespace Kelas.Server;

/// <summary>Where the first-start banner goes: the console, or a test's writer.</summary>
internal sealed class StartupConsole(TextWriter output)
{
    public TextWriter Out { get; } = output;
}
