using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class ServiceContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    [Fact]
    public async Task PingAnswersForAValidKey()
    {
        Assert.Null(await Record.ExceptionAsync(() => fixture.Client.PingAsync()));
    }

    [Fact]
    public async Task GetServicesMapsEveryFieldWithTimesAsUtcInstants()
    {
        var clock = fixture.Factory.Clock;
        var created = clock.GetUtcNow();
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        clock.Advance(TimeSpan.FromHours(1));
        var secondCreated = clock.GetUtcNow();
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug, "سرویس تابستان");
        clock.Advance(TimeSpan.FromHours(1));
        var start = new DateTimeOffset(2026, 10, 1, 4, 30, 0, TimeSpan.Zero);
        var stop = new DateTimeOffset(2027, 3, 20, 20, 29, 59, TimeSpan.Zero);
        await fixture.Factory.UpdateSkyroomServiceAsync(tenant.Slug, second, timeLimit: 360_000, startTime: start, stopTime: stop);
        await fixture.Factory.SetSkyroomServiceStatusAsync(tenant.Slug, second, active: false);

        var services = await fixture.CreateClient(tenant.ApiKey).GetServicesAsync();

        Assert.Equal(
            [
                new SkyroomService
                {
                    Id = tenant.ServiceId, Title = "سرویس آزمایشی", Status = SkyroomStatus.Active, UserLimit = 100, VideoLimit = 8,
                    TimeLimit = null, TimeUsage = 0, StartTime = created, StopTime = null, CreateTime = created, UpdateTime = created,
                },
                new SkyroomService
                {
                    Id = second, Title = "سرویس تابستان", Status = SkyroomStatus.Inactive, UserLimit = 10, VideoLimit = 2,
                    TimeLimit = 360_000, TimeUsage = 0, StartTime = start, StopTime = stop, CreateTime = secondCreated, UpdateTime = clock.GetUtcNow(),
                },
            ],
            services);
        Assert.All(services, s => Assert.Equal(TimeSpan.Zero, s.CreateTime!.Value.Offset));
    }

    [Fact]
    public async Task GetServicesListsOnlyTheCallersServices()
    {
        var services = await fixture.OtherClient.GetServicesAsync();

        Assert.Equal([fixture.Other.ServiceId], services.Select(s => s.Id));
    }
}
