using System.Text.Json;

namespace Kelas.Skyroom.Tests.Services;

public sealed class GetServicesTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Fact]
    public async Task GetServicesReturnsTheEnvelopeWithEveryDocumentedField()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var now = fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

        var services = JsonShape.Array(await fixture.Api.WithKey(tenant.ApiKey).OkAsync("getServices"));

        var service = Assert.Single(services);
        JsonShape.Fields(JsonShape.Service, service);
        foreach (var field in new[] { "id", "status", "user_limit", "video_limit", "time_usage", "start_time", "create_time", "update_time" })
        {
            JsonShape.Integer(service, field);
        }

        Assert.Equal(tenant.ServiceId, service.GetProperty("id").GetInt64());
        Assert.Equal("سرویس آزمایشی", service.GetProperty("title").GetString());
        Assert.Equal(1, service.GetProperty("status").GetInt32());
        Assert.Equal(100, service.GetProperty("user_limit").GetInt32());
        Assert.Equal(8, service.GetProperty("video_limit").GetInt32());
        JsonShape.Null(service, "time_limit");
        Assert.Equal(0, service.GetProperty("time_usage").GetInt64());
        Assert.Equal(now, service.GetProperty("start_time").GetInt64());
        JsonShape.Null(service, "stop_time");
        Assert.Equal(now, service.GetProperty("create_time").GetInt64());
        Assert.Equal(now, service.GetProperty("update_time").GetInt64());
    }

    [Fact]
    public async Task GetServicesListsInactiveServicesTooInIdOrder()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug, "سرویس دوم");
        await fixture.Factory.SetSkyroomServiceStatusAsync(tenant.Slug, second, active: false);

        var services = JsonShape.Array(await fixture.Api.WithKey(tenant.ApiKey).OkAsync("getServices", new { }));

        Assert.Equal([tenant.ServiceId, second], services.Select(s => s.GetProperty("id").GetInt64()));
        Assert.Equal([1, 0], services.Select(s => s.GetProperty("status").GetInt32()));
        Assert.Equal("سرویس دوم", services[1].GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetServicesOfAnAccountWithoutServicesIsAnEmptyArray()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync(withService: false);

        var result = await fixture.Api.WithKey(tenant.ApiKey).OkAsync("getServices");

        Assert.Equal(JsonValueKind.Array, result.ValueKind);
        Assert.Empty(result.EnumerateArray());
    }
}
