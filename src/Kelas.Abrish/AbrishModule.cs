using Kelas.Abrish.Commands;
using Kelas.Abrish.Data;
using Kelas.Abrish.Demo;
using Kelas.Abrish.Organizations;
using Kelas.Abrish.Registrants;
using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kelas.Abrish;

/// <summary>The Abrish registry: <c>POST /service.php</c>, registrants, organizations and their users.</summary>
public static class AbrishModule
{
    public static IHostApplicationBuilder AddAbrish(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AbrishOptions>().BindConfiguration(AbrishOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKelasDbContext<AbrishDbContext>(AbrishDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RegistrantAdmin>();
        services.AddScoped<OrganizationAdmin>();
        services.AddSingleton<IKelasModule, AbrishKelasModule>();
        services.AddSingleton<IOperatorCommands, AbrishCommands>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAbrish(this IEndpointRouteBuilder app)
    {
        app.MapAbrishService();
        return app;
    }
}
