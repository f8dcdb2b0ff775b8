using Kelas.Skyroom.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

public static class SkyroomServiceFixtures
{
    /// <summary>Sets a service's limits and period as the operator would (<c>kelas skyroom service update</c>).</summary>
    public static async Task UpdateSkyroomServiceAsync(
        this KelasFactory factory, string slug, long serviceId, long? timeLimit = null, DateTimeOffset? startTime = null, DateTimeOffset? stopTime = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ServiceAdmin>().UpdateAsync(
            slug,
            serviceId,
            new ServiceAdmin.Changes(TimeLimit: timeLimit, StartTime: startTime?.ToUnixTimeSeconds(), StopTime: stopTime?.ToUnixTimeSeconds()),
            CancellationToken.None);
    }

    public static async Task UpdateSkyroomServiceLimitAsync(this KelasFactory factory, string slug, long serviceId, int userLimit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ServiceAdmin>().UpdateAsync(
            slug, serviceId, new ServiceAdmin.Changes(UserLimit: userLimit), CancellationToken.None);
    }
}
