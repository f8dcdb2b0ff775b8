using Kelas.Core.Database;
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
        return builder;
    }

    public static IEndpointRouteBuilder MapKelasModules(this IEndpointRouteBuilder app)
    {
        app.MapSkyroom();
        app.MapShortLinks();
        return app;
    }
}
