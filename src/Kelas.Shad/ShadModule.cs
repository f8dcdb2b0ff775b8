using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Kelas.Shad;

/// <summary>The Shad event service: the organizer API under <c>/api/v1/</c>, the student directory and the event hand-off.</summary>
public static class ShadModule
{
    public static IHostApplicationBuilder AddShad(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapShad(this IEndpointRouteBuilder app) => app;
}
