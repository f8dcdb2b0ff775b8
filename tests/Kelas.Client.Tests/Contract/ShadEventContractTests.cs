using System.Net;
using Kelas.Client.Shad;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public sealed class ShadEventContractTests(ShadEventContractFixture fixture) : IClassFixture<ShadEventContractFixture>
{
    [Fact]
    public async Task TokenCallReadsAVerifiedStudentAsTheServerWritesThem()
    {
        var user = await fixture.CreateClient().GetUserInfoAsync(fixture.VerifiedHashedId);

        Assert.Equal(
            new ShadUserInfo
            {
                Id = 516222,
                HashedId = fixture.VerifiedHashedId,
                Name = "رونيكا",
                Family = "نادم كچائي",
                ProvinceName = "گیلان",
                Mobile = "989226670378",
                CourseStudy = "دوره ابتدایی توصیفی",
                DistrictName = "1رشت .ناحیه",
                FundamentalId = 3,
                Role = "student",
            },
            user);
    }

    [Fact]
    public async Task ApiKeyCallReadsAnUnverifiedStudentWithOnlyIdHashedIdAndMobile()
    {
        var user = await fixture.CreateClient().GetUserInfoByApiKeyAsync(fixture.UnverifiedHashedId);

        Assert.Equal(new ShadUserInfo { Id = 516223, HashedId = fixture.UnverifiedHashedId, Mobile = "989388332389" }, user);
    }

    [Fact]
    public async Task UnknownHashedIdIsUserNotFoundOnBothPaths()
    {
        var client = fixture.CreateClient();

        await Assert.ThrowsAsync<ShadUserNotFoundException>(() => client.GetUserInfoAsync("D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0"));
        await Assert.ThrowsAsync<ShadUserNotFoundException>(() => client.GetUserInfoByApiKeyAsync("D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0"));
    }

    [Fact]
    public async Task WrongPasswordIsUnauthorizedWithThePersianDescription()
    {
        var client = fixture.CreateClient(configure: o => o.Password = "not-the-password");

        var error = await Assert.ThrowsAsync<ShadException>(() => client.GetUserInfoAsync(fixture.VerifiedHashedId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Equal("نام کاربری یا رمز عبور اشتباه است", error.Description);
    }

    [Fact]
    public async Task WrongApiKeyIsUnauthorized()
    {
        var client = fixture.CreateClient(configure: o => o.ApiKey = "0000");

        var error = await Assert.ThrowsAsync<ShadException>(() => client.GetUserInfoByApiKeyAsync(fixture.VerifiedHashedId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
    }

    [Fact]
    public async Task TokenInvalidatedOnTheServerIsReplacedByOneNewLogin()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var (_, hashedId) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, 516222);
        var client = fixture.CreateClient(shadEvent);
        var first = await client.LoginAsync();

        await fixture.Factory.RotateShadApiKeyAsync(shadEvent.LandingId);
        var user = await client.GetUserInfoAsync(hashedId);

        Assert.Equal(516222, user.Id);
        Assert.NotEqual(first, await client.LoginAsync());
    }

    [Fact]
    public async Task EachEventSeesTheStudentUnderItsOwnId()
    {
        var other = await fixture.Factory.CreateShadEventAsync();
        var (_, otherHashedId) = await fixture.Factory.HandOffShadUserAsync(other.LandingId, 516222);

        var here = await fixture.CreateClient().GetUserInfoAsync(fixture.VerifiedHashedId);
        var there = await fixture.CreateClient(other).GetUserInfoAsync(otherHashedId);

        Assert.Equal(here.Id, there.Id);
        Assert.NotEqual(here.HashedId, there.HashedId);
        await Assert.ThrowsAsync<ShadUserNotFoundException>(() => fixture.CreateClient(other).GetUserInfoAsync(fixture.VerifiedHashedId));
    }
}
