using Kelas.Core.Database;
using Kelas.Abrish;
using Kelas.Shad;
using Kelas.ShortLinks;
using Kelas.Skyroom;

namespace Kelas.Server;

/// <summary>The modules this host carries, shared by the web server and the operator command line.</summary>
internal static class KelasComposition
{
    public static IHostApplicationBuilder AddKelasModules(this IHostApplicationBuilder builder)
    {
        builder.AddKelasDatabase();
        builder.AddSkyroom();
        builder.AddShortLinks();
        builder.AddShad();
        builder.AddAbrish();
        return builder;
    }

    public static IEndpointRouteBuilder MapKelasModules(this IEndpointRouteBuilder app)
    {
        app.MapSkyroom();
        app.MapShortLinks();
        app.MapShad();
        app.MapAbrish();
        return app;
    }
}
