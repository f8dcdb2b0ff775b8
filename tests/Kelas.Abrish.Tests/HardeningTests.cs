using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Tests;

/// <summary>Per-registrant hardening: SHA-256 checksums, and timestamp plus nonce against replays.</summary>
public sealed class HardeningTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private static string Nonce() => Guid.NewGuid().ToString("N");

    private long Now => fixture.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

    private static string Encode(AbrishWire api, Dictionary<string, object?> extra) => AbrishWire.PhpJsonEncode(api.Params("getAll", extra));

    [Fact]
    public async Task HardenedRegistrantNeedsSha256AndRefusesSha1()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(sha256: true);
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);
        var parameters = Encode(api, []);

        var sha1 = await api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + registrant.ApiKey));
        var sha256 = await api.SendAsync(parameters, AbrishWire.Sha256Hex(parameters + registrant.ApiKey));

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(sha1));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, sha256.ValueKind);
    }

    [Fact]
    public async Task ReplayedRequestIsRejectedWhenReplayProtectionIsOn()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(replayWindowSeconds: 300);
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);
        var parameters = Encode(api, new() { ["timestamp"] = Now, ["nonce"] = Nonce() });
        var checksum = AbrishWire.Sha1Hex(parameters + registrant.ApiKey);

        var first = await api.SendAsync(parameters, checksum);
        var replay = await api.SendAsync(parameters, checksum, multipart: true);

        Assert.Equal(System.Text.Json.JsonValueKind.Array, first.ValueKind);
        Assert.Equal(AbrishMessages.Replayed, AbrishWire.Error(replay));
    }

    [Fact]
    public async Task SameRequestIsAcceptedTwiceWhenHardeningIsOff()
    {
        var parameters = Encode(fixture.Api, new() { ["timestamp"] = Now, ["nonce"] = "fixed-nonce-1" });
        var checksum = AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey);

        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await fixture.Api.SendAsync(parameters, checksum)).ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await fixture.Api.SendAsync(parameters, checksum)).ValueKind);
    }

    [Fact]
    public async Task TimestampOutsideTheWindowOrMissingIsRejected()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(replayWindowSeconds: 60);
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);

        async Task<string> ErrorFor(Dictionary<string, object?> extra)
        {
            var parameters = Encode(api, extra);
            return AbrishWire.Error(await api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + registrant.ApiKey)));
        }

        Assert.Equal(AbrishMessages.InvalidTimestamp, await ErrorFor(new() { ["timestamp"] = Now - 61, ["nonce"] = Nonce() }));
        Assert.Equal(AbrishMessages.InvalidTimestamp, await ErrorFor(new() { ["timestamp"] = Now + 61, ["nonce"] = Nonce() }));
        Assert.Equal(AbrishMessages.InvalidTimestamp, await ErrorFor(new() { ["nonce"] = Nonce() }));
        Assert.Equal(AbrishMessages.InvalidNonce, await ErrorFor(new() { ["timestamp"] = Now }));
        Assert.Equal(AbrishMessages.InvalidNonce, await ErrorFor(new() { ["timestamp"] = Now, ["nonce"] = "short" }));
    }

    [Fact]
    public async Task TimestampAsAStringAndAFreshNonceEachTimeAreAccepted()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(sha256: true, replayWindowSeconds: 60);
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);

        for (var i = 0; i < 3; i++)
        {
            var parameters = Encode(api, new() { ["timestamp"] = Now.ToString(System.Globalization.CultureInfo.InvariantCulture), ["nonce"] = Nonce() });
            var answer = await api.SendAsync(parameters, AbrishWire.Sha256Hex(parameters + registrant.ApiKey));
            Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.ValueKind);
        }
    }

    [Fact]
    public async Task RequestWithABadChecksumDoesNotSpendItsNonce()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(replayWindowSeconds: 60);
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);
        var parameters = Encode(api, new() { ["timestamp"] = Now, ["nonce"] = Nonce() });

        var forged = await api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + "guess"));
        var genuine = await api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + registrant.ApiKey));

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(forged));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, genuine.ValueKind);
    }
}
