using System.Net;
using System.Text;

namespace Kelas.Client.Tests.Support;

/// <summary>Records every request and answers with <c>respond</c> (which may throw to simulate transport failures).</summary>
internal sealed class StubHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToArray();
            }
        }
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    /// <summary>Answers every request with <c>{"ok":true,"result":resultJson}</c>.</summary>
    public static StubHttpHandler Result(string resultJson) =>
        new((_, _) => Task.FromResult(Envelope($$"""{"ok":true,"result":{{resultJson}}}""")));

    /// <summary>Answers the n-th request with the n-th function; the last one answers all further requests.</summary>
    public static StubHttpHandler Sequence(params Func<HttpResponseMessage>[] answers)
    {
        var next = -1;
        return new StubHttpHandler((_, _) =>
        {
            var index = Math.Min(Interlocked.Increment(ref next), answers.Length - 1);
            return Task.FromResult(answers[index]());
        });
    }

    public static HttpResponseMessage Envelope(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Ok(string resultJson = "1") => Envelope($$"""{"ok":true,"result":{{resultJson}}}""");

    public static HttpResponseMessage Error(int code, string message) =>
        Envelope($$"""{"ok":false,"error_code":{{code}},"error_message":"{{message}}"}""");

    public static HttpResponseMessage ServiceUnavailable(Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("Too many requests") };
        configure?.Invoke(response);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(), body, headers);
        lock (gate)
        {
            requests.Add(recorded);
        }

        return await respond(recorded, cancellationToken);
    }
}
