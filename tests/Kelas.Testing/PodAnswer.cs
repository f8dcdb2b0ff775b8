using System.Text.Json;
using Xunit;

namespace Kelas.Testing;

/// <summary>A POD envelope, checked for shape, with its inner answer parsed from the <c>result.result</c> string.</summary>
public sealed record PodAnswer(string Raw, JsonElement Envelope, JsonElement Inner)
{
    public bool HasError => Envelope.GetProperty("hasError").GetBoolean();

    public int ErrorCode => Envelope.GetProperty("errorCode").GetInt32();

    public int InnerCode => Inner.ValueKind == JsonValueKind.Object ? Inner.GetProperty("code").GetInt32() : 0;

    public JsonElement Result => Inner.GetProperty("result");

    public static PodAnswer Parse(string body)
    {
        var envelope = JsonDocument.Parse(body).RootElement.Clone();
        foreach (var field in new[] { "hasError", "messageId", "referenceNumber", "errorCode", "message", "count", "ott", "result" })
        {
            Assert.True(envelope.TryGetProperty(field, out _), $"envelope lacks {field}: {body}");
        }

        if (envelope.GetProperty("hasError").GetBoolean())
        {
            Assert.Equal(JsonValueKind.Null, envelope.GetProperty("result").ValueKind);
            return new PodAnswer(body, envelope, default);
        }

        var result = envelope.GetProperty("result");
        Assert.Equal(JsonValueKind.String, result.GetProperty("result").ValueKind);
        Assert.Equal(JsonValueKind.Object, result.GetProperty("header").ValueKind);
        var inner = JsonDocument.Parse(result.GetProperty("result").GetString()!).RootElement.Clone();
        Assert.Equal(inner.GetProperty("code").GetInt32(), result.GetProperty("statusCode").GetInt32());
        return new PodAnswer(body, envelope, inner);
    }
}
