using Kelas.Client.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.ShortLinks;

/// <summary>Registers <see cref="ShortLinkClient"/> in a service collection.</summary>
public static class ShortLinkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ShortLinkClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>
    /// (so handler rotation and added handlers apply), configured by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the endpoint, token, key and other options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddShortLinkClient(this IServiceCollection services, Action<ShortLinkClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ShortLinkClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="ShortLinkClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>,
    /// with options bound from a configuration section (keys <c>Endpoint</c>, <c>Token</c>, <c>ApiKey</c>,
    /// <c>PermitsPerMinute</c>, <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>MaxRetryDelay</c>, <c>Timeout</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, e.g. <c>configuration.GetSection("ShortLinks")</c>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddShortLinkClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ShortLinkClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services) =>
        ClientRegistration.Add<ShortLinkClient, ShortLinkClientOptions>(services, ShortLinkClient.HttpClientName, (httpClient, options, loggers) => new ShortLinkClient(
            httpClient,
            ClientRegistration.Required(options.Endpoint, "ShortLinkClientOptions.Endpoint"),
            ClientRegistration.Required(options.Token, "ShortLinkClientOptions.Token"),
            ClientRegistration.Required(options.ApiKey, "ShortLinkClientOptions.ApiKey"),
            options,
            loggers?.CreateLogger<ShortLinkClient>()));
}
