using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Kelas.Abrish;

/// <summary>The Abrish registry: <c>POST /service.php</c>, registrants, organizations and their users.</summary>
public static class AbrishModule
{
    public static IHostApplicationBuilder AddAbrish(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapAbrish(this IEndpointRouteBuilder app) => app;
}
