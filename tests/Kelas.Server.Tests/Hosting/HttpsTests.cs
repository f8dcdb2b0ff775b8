using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Server.Tests.Hosting;

/// <summary>Some real Skyroom clients hard-code https://: plain Kestrel configuration with a certificate file is enough.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task ConfiguredCertificateServesTheApiOverTls()
    {
        using var database = new TestDatabase();
        var directory = Directory.CreateTempSubdirectory("kelas-tls-").FullName;
        var certificatePath = Path.Combine(directory, "kelas.pfx");
        using var certificate = CreateSelfSigned();
        await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "secret"));

        var settings = database.Settings.Select(kv => $"--{kv.Key}={kv.Value}").Concat(
        [
            "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
            $"--Kestrel:Endpoints:Https:Certificate:Path={certificatePath}",
            "--Kestrel:Endpoints:Https:Certificate:Password=secret",
            "--Kelas:SeedDemo=false",
        ]).ToArray();
        await using var app = KelasServer.Create(settings);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("https://127.0.0.1:", address);

            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
            };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(address) };
            var response = await http.PostAsJsonAsync("/skyroom/api/" + new string('x', 50), new { action = "ping" });
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(11, body.RootElement.GetProperty("error_code").GetInt32());
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static X509Certificate2 CreateSelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
