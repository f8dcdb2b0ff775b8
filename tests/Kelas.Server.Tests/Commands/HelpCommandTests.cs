namespace Kelas.Server.Tests.Commands;

/// <summary><c>kelas --help</c> lists the commands instead of starting the server.</summary>
public sealed class HelpCommandTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void HelpOptionsAreCommands(string option) => Assert.True(OperatorCommandLine.IsCommand([option]));

    [Theory]
    [InlineData("--urls")]
    [InlineData("--Database:Provider=postgres")]
    [InlineData("Kelas:SeedDemo=false")]
    public void ServerOptionsAreNotCommands(string option) => Assert.False(OperatorCommandLine.IsCommand([option, "x"]));

    [Fact]
    public async Task HelpListsEveryModulesCommands()
    {
        using var database = new TestDatabase();

        var run = await CommandRun.RunAsync(database, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var module in new[] { "skyroom", "links", "shad", "abrish" })
        {
            Assert.Contains(module, run.Output);
        }
    }
}
