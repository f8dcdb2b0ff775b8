using System.Net;
using Kelas.Shad.Data;
using Kelas.Shad.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Shad.Tests.Api;

public sealed class FailureTests
{
    [Fact]
    public async Task UnexpectedServerFailureIs500WithTheEnvelopeAndNoStackTrace()
    {
        using var factory = new KelasFactory();
        var client = factory.CreateClient();
        var shadEvent = await factory.CreateShadEventAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShadDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE shad_event_users");
        }

        using var response = await ShadHttp.UserInfoByApiKeyAsync(
            client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId=C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }
}
