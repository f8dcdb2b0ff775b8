using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

/// <summary>
/// The in-process test server has no client address; this lets a test pretend to come from one by sending
/// <see cref="Header"/> (for geolocation tests). Register with <c>services.AddTestClientAddress()</c>.
/// </summary>
public static class TestClientAddress
{
    public const string Header = "X-Test-Client-Address";

    public static IServiceCollection AddTestClientAddress(this IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, Filter>();

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
