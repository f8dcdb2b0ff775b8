using System.Text.Json.Nodes;

namespace Kelas.Client.Tests.Support;

internal sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string Action => Json["action"]!.GetValue<string>();

    public JsonNode? Params => Json["params"];
}
