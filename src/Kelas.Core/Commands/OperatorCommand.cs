using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Core.Commands;

/// <summary>Runs a command's body in its own DI scope, turning <see cref="OperatorException"/> into an error line and exit code 1.</summary>
public static class OperatorCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, ParseResult parse, Func<IServiceProvider, TextWriter, Task> body)
    {
        var output = parse.InvocationConfiguration.Output;
        try
        {
            await using var scope = services.CreateAsyncScope();
            await body(scope.ServiceProvider, output);
            return 0;
        }
        catch (OperatorException exception)
        {
            return CommandOutput.Error(parse.InvocationConfiguration.Error, exception.Message);
        }
    }
}
