using Kelas.Client.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Shad;

/// <summary>Registers <see cref="ShadEventClient"/> in a service collection.</summary>
public static class ShadEventServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ShadEventClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>, configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the endpoint, landing id, credentials and other options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddShadEventClient(this IServiceCollection services, Action<ShadEventClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ShadEventClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="ShadEventClient"/> as a singleton with options bound from a configuration section (keys
    /// <c>Endpoint</c>, <c>LandingId</c>, <c>Username</c>, <c>Password</c>, <c>ApiKey</c>, <c>MaxRetries</c>, <c>Timeout</c>, …).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, e.g. <c>configuration.GetSection("Shad")</c>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddShadEventClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ShadEventClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services) =>
        ClientRegistration.Add<ShadEventClient, ShadEventClientOptions>(services, ShadEventClient.HttpClientName, (httpClient, options, loggers) => new ShadEventClient(
            httpClient,
            ClientRegistration.Required(options.Endpoint, "ShadEventClientOptions.Endpoint"),
            ShadEventClient.CredentialsFrom(options),
            options,
            loggers?.CreateLogger<ShadEventClient>()));
}
