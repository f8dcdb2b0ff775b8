using System.CommandLine;
using Kelas.Core.Commands;
using Kelas.Core.Modules;

namespace Kelas.Server;

/// <summary>
/// <c>kelas &lt;module&gt; …</c>: the operator commands of every module, against the same database and configuration
/// as the server (appsettings.json in the working directory and environment variables such as
/// <c>Database__Provider</c>; the command line itself belongs to the commands).
/// </summary>
internal static class OperatorCommandLine
{
    private static readonly string[] HelpOptions = ["--help", "-h", "-?", "/?", "--version"];

    /// <summary>A command word, or a request for help (which lists the commands rather than starting the server).</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && ((!args[0].StartsWith('-') && !args[0].Contains('=')) || HelpOptions.Contains(args[0], StringComparer.Ordinal));

    public static async Task<int> RunAsync(
        string[] args,
        IEnumerable<KeyValuePair<string, string?>>? configuration = null,
        TextWriter? output = null,
        TextWriter? error = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddKelasModules();

        using var host = builder.Build();
        var root = new RootCommand("Kelas operator commands. The server itself starts when no command is given.");
        foreach (var module in host.Services.GetServices<IOperatorCommands>())
        {
            root.Subcommands.Add(module.Create(host.Services));
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count == 0 && parse.CommandResult.Command != root)
        {
            await host.Services.MigrateModulesAsync();
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        });
    }
}
