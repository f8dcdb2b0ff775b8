using Kelas.Core.Modules;

namespace Kelas.Server;

internal static class KelasServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Request logs would carry Skyroom keys (they are in the URL path) and EF logs every statement:
        // both stay at Warning unless an operator asks for more in configuration.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        builder.Services.AddOptions<StartupOptions>().BindConfiguration(StartupOptions.SectionName);
        builder.Services.AddSingleton(_ => new StartupConsole(Console.Out));
        builder.Services.AddHostedService<ModuleStartupService>();
        builder.AddKelasModules();

        var app = builder.Build();
        app.UseKelasRequestLog();

        // Room pages keep a WebSocket open; the ping keeps idle ones alive through proxies.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.MapGet("/", () => Results.Text(
            "Kelas: self-hosted Skyroom-compatible web service.\nSkyroom API: POST /skyroom/api/{apiKey}\n", "text/plain; charset=utf-8"));
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapKelasModules();
        return app;
    }
}
