using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Businesses;
using Kelas.ShortLinks.Commands;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Demo;
using Kelas.ShortLinks.Public;
using Kelas.ShortLinks.Visits;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kelas.ShortLinks;

/// <summary>The POD tilin-compatible short-link service: the gateway, the public short URLs, click analytics and operator commands.</summary>
public static class ShortLinksModule
{
    public static IHostApplicationBuilder AddShortLinks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ShortLinksOptions>().BindConfiguration(ShortLinksOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKelasDbContext<ShortLinksDbContext>(ShortLinksDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddShortLinkAnalyticsDataSets();
        services.AddSingleton<ShortUrls>();
        services.AddSingleton<LinkCache>();
        services.AddSingleton<VisitQueue>();
        services.AddSingleton<VisitWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<VisitWriter>());
        services.AddScoped<BusinessAdmin>();
        services.AddSingleton<IKelasModule, ShortLinksKelasModule>();
        services.AddSingleton<IOperatorCommands, ShortLinkCommands>();
        return builder;
    }

    public static IEndpointRouteBuilder MapShortLinks(this IEndpointRouteBuilder app)
    {
        app.MapShortLinkGateway();
        app.MapShortLinkPublicUrls();
        return app;
    }
}
