using Kelas.Server;

if (OperatorCommandLine.IsCommand(args))
{
    return await OperatorCommandLine.RunAsync(args);
}

var app = KelasServer.Create(args);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
