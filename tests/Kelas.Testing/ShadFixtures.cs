using Kelas.Shad.Data;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

/// <summary>An event as the operator hands it to an organizer.</summary>
public sealed record ShadTestEvent(long LandingId, string Username, string Password, string ApiKey);

public static class ShadFixtures
{
    private static long nextLandingId = 7000;

    /// <summary>Creates an event as <c>kelas shad event create</c> does.</summary>
    public static async Task<ShadTestEvent> CreateShadEventAsync(
        this KelasFactory factory, long? landingId = null, string landingUrl = "https://organizer.example/shad")
    {
        var id = landingId ?? Interlocked.Increment(ref nextLandingId);
        var username = "org" + id;
        var password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<EventAdmin>()
            .CreateAsync(id, "Event " + id, landingUrl, username, password, CancellationToken.None);
        return new ShadTestEvent(id, username, password, created.ApiKey);
    }

    public static async Task<string> RotateShadApiKeyAsync(this KelasFactory factory, long landingId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<EventAdmin>().RotateKeyAsync(landingId, CancellationToken.None)).ApiKey;
    }

    public static async Task SetShadEventEnabledAsync(this KelasFactory factory, long landingId, bool enabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventAdmin>().SetEnabledAsync(landingId, enabled, CancellationToken.None);
    }

    /// <summary>Puts a student in the directory, verified with the original's example fields or unverified.</summary>
    public static async Task AddShadUserAsync(this KelasFactory factory, long id, bool verified, string mobile = "989226670378")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShadDbContext>();
        db.Users.Add(new DirectoryUser
        {
            Id = id,
            NationalId = "1234567890",
            Name = "رونيكا",
            Family = "نادم كچائي",
            Mobile = mobile,
            ProvinceName = "گیلان",
            DistrictName = "1رشت .ناحیه",
            CourseStudy = "دوره ابتدایی توصیفی",
            FundamentalId = 3,
            Role = "student",
            Verified = verified,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Hands a student off to an event (the Shad app's event box) and returns the landing URL.</summary>
    public static async Task<(string Url, string HashedId)> HandOffShadUserAsync(this KelasFactory factory, long landingId, long userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var launch = await scope.ServiceProvider.GetRequiredService<LaunchLinks>().CreateAsync(landingId, userId, CancellationToken.None);
        return (launch.Url, launch.HashedId);
    }
}
