using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Client.Http;

/// <summary>What every <c>Add…Client</c> registers: the client as a singleton over a named <see cref="HttpClient"/>.</summary>
internal static class ClientRegistration
{
    /// <param name="services">The service collection.</param>
    /// <param name="httpClientName">The named client the service client sends through.</param>
    /// <param name="create">Builds the client from a factory of named clients, the bound options and a logger.</param>
    public static IHttpClientBuilder Add<TClient, TOptions>(
        IServiceCollection services, string httpClientName, Func<Func<HttpClient>, TOptions, ILoggerFactory?, TClient> create)
        where TClient : class
        where TOptions : class
    {
        services.TryAddSingleton(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return create(
                () => factory.CreateClient(httpClientName),
                provider.GetRequiredService<IOptions<TOptions>>().Value,
                provider.GetService<ILoggerFactory>());
        });

        // The pipeline applies the options' Timeout per attempt; HttpClient's own 100 s must not cut it short.
        return services.AddHttpClient(httpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(SharedHttpClient.CreatePrimaryHandler);
    }

    public static T Required<T>(T? value, string name)
        where T : class =>
        value ?? throw new InvalidOperationException($"{name} is not configured.");
}
