using System.Text.Json;

namespace Kelas.Server.Tests.Commands;

/// <summary>One run of the <c>kelas</c> command line against a test database.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandRun> RunAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(args, database.Settings, output, error);
        return new CommandRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>With --json, stdout is exactly one JSON object.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, Error);
        var text = Output.Trim();
        Assert.DoesNotContain('\n', text);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }
}
