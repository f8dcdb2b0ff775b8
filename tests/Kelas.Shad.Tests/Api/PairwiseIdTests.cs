using System.Net;
using Kelas.Shad.Tests.Support;

namespace Kelas.Shad.Tests.Api;

public sealed class PairwiseIdTests(ShadApiFixture fixture) : IClassFixture<ShadApiFixture>
{
    private const string Shape = "^([0-9A-F]{2}-){15}[0-9A-F]{2}$";

    [Fact]
    public async Task SameStudentHasADifferentIdAtEachEvent()
    {
        var first = await fixture.Factory.CreateShadEventAsync();
        var second = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified: true);

        var (_, atFirst) = await fixture.Factory.HandOffShadUserAsync(first.LandingId, userId);
        var (_, atSecond) = await fixture.Factory.HandOffShadUserAsync(second.LandingId, userId);

        Assert.Matches(Shape, atFirst);
        Assert.Matches(Shape, atSecond);
        Assert.NotEqual(atFirst, atSecond);
    }

    [Fact]
    public async Task IdIsStableAcrossHandOffsAndTheApiAnswersWithIt()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified: true);

        var (url, once) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);
        var (_, twice) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);

        Assert.Equal(once, twice);
        Assert.Equal("https://organizer.example/shad?UserID=" + once, url);
        var client = fixture.Factory.CreateClient();
        using var response = await ShadHttp.UserInfoAsync(client, await ShadHttp.TokenAsync(client, shadEvent), once);
        Assert.Equal(once, (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data").GetProperty("hashedId").GetString());
    }

    [Fact]
    public async Task DifferentStudentsOfOneEventHaveDifferentIds()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            var userId = ShadApiFixture.NewUserId();
            await fixture.Factory.AddShadUserAsync(userId, verified: i % 2 == 0);
            ids.Add((await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId)).HashedId);
        }

        Assert.Equal(20, ids.Count);
    }

    [Fact]
    public async Task IdStaysTheSameAfterTheApiKeyIsRotated()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified: true);
        var (_, before) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);

        await fixture.Factory.RotateShadApiKeyAsync(shadEvent.LandingId);

        Assert.Equal(before, (await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId)).HashedId);
    }
}
