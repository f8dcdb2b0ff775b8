using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.Core.RateLimiting;
using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Attendance;
using Kelas.Skyroom.Commands;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Demo;
using Kelas.Skyroom.Entry;
using Kelas.Skyroom.Entry.Pages;
using Kelas.Skyroom.Presence;
using Kelas.Skyroom.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kelas.Skyroom;

/// <summary>The Skyroom-compatible web service: <c>POST /skyroom/api/{key}</c>, its data and its operator commands.</summary>
public static class SkyroomModule
{
    public static IHostApplicationBuilder AddSkyroom(this IHostApplicationBuilder builder)
    {
        builder.AddKelasRateLimiting();
        var services = builder.Services;
        services.AddOptions<SkyroomOptions>().BindConfiguration(SkyroomOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKelasDbContext<SkyroomDbContext>(SkyroomDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(SkyroomActionTable.CreateDefault());
        services.AddScoped<AccountAdmin>();
        services.AddScoped<ServiceAdmin>();
        services.AddScoped<AttendanceReport>();
        services.AddSingleton<IKelasModule, SkyroomKelasModule>();
        services.AddSingleton<IOperatorCommands, SkyroomCommands>();
        services.AddRoomPresence();
        return builder;
    }

    public static IEndpointRouteBuilder MapSkyroom(this IEndpointRouteBuilder app) => app.MapSkyroomApi().MapRoomEntry().MapRoomAssets();
}
