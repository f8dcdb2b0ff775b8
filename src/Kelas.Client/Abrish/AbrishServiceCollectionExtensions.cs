using Kelas.Client.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Abrish;

/// <summary>Registers <see cref="AbrishClient"/> in a service collection.</summary>
public static class AbrishServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AbrishClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>, configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the endpoint, register name, APIKey and other options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddAbrishClient(this IServiceCollection services, Action<AbrishClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AbrishClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="AbrishClient"/> with options bound from a configuration section (keys <c>Endpoint</c>,
    /// <c>RegisterName</c>, <c>ApiKey</c>, <c>UseSha256Checksum</c>, <c>SendReplayProtection</c>, <c>PermitsPerMinute</c>,
    /// <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>MaxRetryDelay</c>, <c>Timeout</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, e.g. <c>configuration.GetSection("Abrish")</c>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddAbrishClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AbrishClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services) =>
        ClientRegistration.Add<AbrishClient, AbrishClientOptions>(services, AbrishClient.HttpClientName, (httpClient, options, loggers) => new AbrishClient(
            httpClient,
            ClientRegistration.Required(options.Endpoint, "AbrishClientOptions.Endpoint"),
            ClientRegistration.Required(options.RegisterName, "AbrishClientOptions.RegisterName"),
            ClientRegistration.Required(options.ApiKey, "AbrishClientOptions.ApiKey"),
            options,
            loggers?.CreateLogger<AbrishClient>()));
}
