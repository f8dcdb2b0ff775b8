using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.Core.RateLimiting;
using Kelas.Shad.Commands;
using Kelas.Shad.Data;
using Kelas.Shad.Demo;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Kelas.Shad.Tokens;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kelas.Shad;

/// <summary>The Shad event service: the organizer API under <c>/api/v1/</c>, the student directory and the event hand-off.</summary>
public static class ShadModule
{
    public static IHostApplicationBuilder AddShad(this IHostApplicationBuilder builder)
    {
        builder.AddKelasRateLimiting();
        var services = builder.Services;
        services.AddOptions<ShadOptions>().BindConfiguration(ShadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKelasDbContext<ShadDbContext>(ShadDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenSigner>();
        services.AddScoped<EventAdmin>();
        services.AddScoped<LaunchLinks>();
        services.AddScoped<UserImporter>();
        services.AddSingleton<IKelasModule, ShadKelasModule>();
        services.AddSingleton<IOperatorCommands, ShadCommands>();
        return builder;
    }

    public static IEndpointRouteBuilder MapShad(this IEndpointRouteBuilder app)
    {
        app.MapShadEventApi();
        app.MapShadLaunch();
        return app;
    }
}
