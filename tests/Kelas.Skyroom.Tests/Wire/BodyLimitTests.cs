using System.Net;
using System.Text;

namespace Kelas.Skyroom.Tests.Wire;

public sealed class BodyLimitTests(SmallBodyCapFixture fixture) : IClassFixture<SmallBodyCapFixture>
{
    private SkyroomWire Api => fixture.Api;

    /// <summary>A ping padded with spaces to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] PingOfSize(int size)
    {
        const string Head = "{\"action\":\"ping\",\"params\":{}";
        return Encoding.UTF8.GetBytes(Head + new string(' ', size - Head.Length - 1) + "}");
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    [Fact]
    public async Task ABodyExactlyAtTheCapIsRead()
    {
        Assert.Equal(1, SkyroomWire.Result(await Api.SendEnvelopeAsync(Api.Post(Json(PingOfSize(SmallBodyCapFixture.MaxBodyBytes))))).GetInt32());
    }

    [Theory]
    [InlineData(SmallBodyCapFixture.MaxBodyBytes + 1)]
    [InlineData(64 * 1024)]
    public async Task ABodyOverTheCapReturnsError13(int size)
    {
        var envelope = await Api.SendEnvelopeAsync(Api.Post(Json(PingOfSize(size))));

        Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(envelope));
    }

    [Theory]
    [InlineData(SmallBodyCapFixture.MaxBodyBytes + 1)]
    [InlineData(64 * 1024)]
    public async Task AChunkedBodyOverTheCapReturnsError13(int size)
    {
        var api = fixture.StreamingApi;

        Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(await api.SendEnvelopeAsync(api.Post(new ChunkedContent(PingOfSize(size), stall: null)))));
    }

    [Fact]
    public async Task AChunkedBodyUnderTheCapIsRead()
    {
        var api = fixture.StreamingApi;

        Assert.Equal(1, SkyroomWire.Result(await api.SendEnvelopeAsync(api.Post(new ChunkedContent(PingOfSize(500), stall: null)))).GetInt32());
    }

    [Fact]
    public async Task FormAndMultipartBodiesOverTheCapReturnError13()
    {
        var padding = new string('x', 2000);

        Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(await Api.CallFormAsync(("action", "ping"), ("pad", padding))));
        Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(await Api.CallMultipartAsync(("action", "ping"), ("pad", padding))));
    }

    [Fact]
    public async Task AChunkedBodyThatNeverEndsIsRefusedOnceItPassesTheCap()
    {
        var stall = new TaskCompletionSource();
        try
        {
            var api = fixture.StreamingApi;
            var send = api.Http.SendAsync(api.Post(new ChunkedContent(PingOfSize(4096), stall)));

            var finished = await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(20)));

            Assert.Same(send, finished);
            using var response = await send;
            Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(await SkyroomTestData.ReadEnvelopeAsync(response)));
        }
        finally
        {
            stall.TrySetResult();
        }
    }

    [Fact]
    public async Task ADeclaredLengthOverTheCapIsRefusedWithoutWaitingForTheBody()
    {
        var stall = new TaskCompletionSource();
        try
        {
            var content = new ChunkedContent(Encoding.UTF8.GetBytes("{\"action\":\"ping\""), stall);
            content.Headers.ContentLength = 100_000_000;

            var api = fixture.StreamingApi;
            var send = api.Http.SendAsync(api.Post(content));

            var finished = await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.Same(send, finished);
            using var response = await send;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal((13, ParamMessages.BodyTooLarge), SkyroomWire.Error(await SkyroomTestData.ReadEnvelopeAsync(response)));
        }
        finally
        {
            stall.TrySetResult();
        }
    }

    [Fact]
    public async Task TheKeyStillWorksAfterAnOversizeBody()
    {
        await Api.SendEnvelopeAsync(Api.Post(Json(PingOfSize(8192))));

        Assert.Equal(1, (await Api.OkAsync("ping")).GetInt32());
    }

    /// <summary>Content without a length (sent chunked); with <c>stall</c> it writes its bytes and then waits, like a client that never finishes.</summary>
    private sealed class ChunkedContent(byte[] body, TaskCompletionSource? stall) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 512)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(512, body.Length - offset)));
                await stream.FlushAsync();
            }

            if (stall is not null)
            {
                await stall.Task;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
