using Kelas.Client.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Client.Tests.Http;

public class ResilientHttpPipelineTests
{
    [Fact]
    public void RedactHidesEverySecretPlainUrlEscapedAndFormEncoded()
    {
        var pipeline = Pipeline(["to ken/1", "key+2"]);

        var redacted = pipeline.Redact("to ken/1 to%20ken%2F1 to+ken%2F1 key+2 key%2B2");

        Assert.Equal("*** *** *** *** ***", redacted);
    }

    [Fact]
    public void RedactHidesASecretThatContainsAnotherWhole()
    {
        var pipeline = Pipeline(["abc", "abcdef"]);

        Assert.Equal("*** and ***", pipeline.Redact("abcdef and abc"));
    }

    [Fact]
    public void RedactIgnoresEmptySecrets()
    {
        var pipeline = Pipeline(["", "key"]);

        Assert.Equal("the ***", pipeline.Redact("the key"));
    }

    private static ResilientHttpPipeline Pipeline(string[] secrets) =>
        new("Test", () => new HttpClient(), new ResilienceSettings(), "scope-" + Guid.NewGuid(), secrets, NullLogger.Instance);
}
