using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Browser.Tests.Lane;

/// <summary>
/// The whole server as <see cref="KelasFactory"/> makes it (own database, <see cref="ManualClock"/>), but on real Kestrel,
/// since a browser cannot reach the in-memory TestServer. It listens on 127.0.0.1 only, on a port the system picks.
/// </summary>
public sealed class LiveKelasServer : KelasFactory
{
    public LiveKelasServer(IReadOnlyDictionary<string, string?>? extraSettings = null)
        : base(extraSettings)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:40123</c>; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = Assert.Single(addresses);
        BaseAddress = new Uri(address);
        Assert.Equal(IPAddress.Loopback.ToString(), BaseAddress.Host);
        Assert.NotEqual(0, BaseAddress.Port);
    }

    /// <summary>An absolute URL on this server for a path (or for the path and query of a URL the server handed out).</summary>
    public string Url(string pathOrUrl)
    {
        // (Uri.TryCreate would take "/l/x" for an absolute file URI on Unix: tell paths apart by their slash.)
        var path = pathOrUrl.StartsWith('/') ? pathOrUrl : new Uri(pathOrUrl, UriKind.Absolute).PathAndQuery;
        return new Uri(BaseAddress, path).ToString();
    }

    /// <summary>A plain HTTP client to this server over the network, as an API client would call it.</summary>
    public HttpClient CreateNetworkClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
}
