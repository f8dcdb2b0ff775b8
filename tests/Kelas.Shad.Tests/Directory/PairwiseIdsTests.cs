using Kelas.Shad.Directory;

namespace Kelas.Shad.Tests.Directory;

public sealed class PairwiseIdsTests
{
    private const string Secret = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    [Fact]
    public void IdIsSixteenUpperCaseHexPairsJoinedByDashes()
    {
        Assert.Matches("^([0-9A-F]{2}-){15}[0-9A-F]{2}$", PairwiseIds.Compute(Secret, 516222));
    }

    [Fact]
    public void IdDependsOnTheSecretAndTheUserAndNothingElse()
    {
        Assert.Equal(PairwiseIds.Compute(Secret, 1), PairwiseIds.Compute(Secret, 1));
        Assert.NotEqual(PairwiseIds.Compute(Secret, 1), PairwiseIds.Compute(Secret, 2));
        Assert.NotEqual(PairwiseIds.Compute(Secret, 1), PairwiseIds.Compute(Secret.Replace("00", "ff", StringComparison.Ordinal), 1));
    }

    [Theory]
    [InlineData("d4-76-29-46-ba-e1-88-74-c1-51-89-2a-d1-a8-58-c0", true)]
    [InlineData(" D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0 ", true)]
    [InlineData("D476294 6BAE18874C151892AD1A858C0", false)]
    [InlineData("D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58", false)]
    [InlineData("", false)]
    public void OnlyWellFormedIdsAreLookedUp(string value, bool wellFormed)
    {
        Assert.Equal(wellFormed, PairwiseIds.TryNormalize(value, out var normalized));
        if (wellFormed)
        {
            Assert.Equal("D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0", normalized);
        }
    }

    [Theory]
    [InlineData("https://mysite.ir/shad", "https://mysite.ir/shad?UserID=X")]
    [InlineData("https://mysite.ir/shad?a=1", "https://mysite.ir/shad?a=1&UserID=X")]
    [InlineData("https://mysite.ir/shad?", "https://mysite.ir/shad?UserID=X")]
    [InlineData("https://mysite.ir/shad#top", "https://mysite.ir/shad?UserID=X#top")]
    public void UserIdIsAppendedToTheLandingUrlsQuery(string landingUrl, string expected)
    {
        Assert.Equal(expected, LaunchLinks.WithUserId(landingUrl, "X"));
    }
}
