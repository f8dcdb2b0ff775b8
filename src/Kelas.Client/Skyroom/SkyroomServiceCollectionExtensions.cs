using Kelas.Client.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Skyroom;

/// <summary>Registers <see cref="SkyroomClient"/> in a service collection.</summary>
public static class SkyroomServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SkyroomClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>
    /// (so handler rotation and added handlers apply), configured by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the endpoint, key and other options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddSkyroomClient(this IServiceCollection services, Action<SkyroomClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SkyroomClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="SkyroomClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>,
    /// with options bound from a configuration section (keys <c>Endpoint</c>, <c>ApiKey</c>, <c>PermitsPerMinute</c>,
    /// <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>MaxRetryDelay</c>, <c>Timeout</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, e.g. <c>configuration.GetSection("Skyroom")</c>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddSkyroomClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SkyroomClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services) =>
        ClientRegistration.Add<SkyroomClient, SkyroomClientOptions>(services, SkyroomClient.HttpClientName, (httpClient, options, loggers) => new SkyroomClient(
            httpClient,
            ClientRegistration.Required(options.Endpoint, "SkyroomClientOptions.Endpoint"),
            ClientRegistration.Required(options.ApiKey, "SkyroomClientOptions.ApiKey"),
            options,
            loggers?.CreateLogger<SkyroomClient>()));
}
