using System.Net;
using System.Text.Json;
using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomClientErrorTests
{
    [Fact]
    public async Task ErrorEnvelopeThrowsSkyroomExceptionWithTheServiceCodeAndMessage()
    {
        const string duplicate = "اتاقی با همین نام وجود دارد. از نام دیگری استفاده نمایید.";
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(14, duplicate));

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => SkyroomTestClient.Create(handler).CreateRoomAsync(new CreateRoomRequest { Name = "math", Title = "Math" }));

        Assert.Equal(SkyroomException.OperationFailed, error.ErrorCode);
        Assert.Equal(duplicate, error.Message);
        Assert.Null(error.HttpStatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ErrorCode15ThrowsNotFoundException()
    {
        const string notFound = "داده‌ مورد نظر پیدا نشد.";
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(15, notFound));

        var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(() => SkyroomTestClient.Create(handler).GetRoomByNameAsync("math"));

        Assert.Equal(15, error.ErrorCode);
        Assert.Equal(notFound, error.Message);
    }

    [Fact]
    public async Task AnErrorCodeGivenAsAStringIsRead()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(
            StubHttpHandler.Envelope("""{"ok":"0","error_code":"11","error_message":"کلید وب‌سرویس نامعتبر است."}""")));

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler).PingAsync());

        Assert.Equal(SkyroomException.InvalidKey, error.ErrorCode);
    }

    [Fact]
    public async Task AServerErrorStatusThrowsWithThatStatusAndIsNotRetried()
    {
        var handler = StubHttpHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.InternalServerError));

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler).GetRoomsAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"result":1}""")]
    [InlineData("""{"ok":true}""")]
    [InlineData("""{"ok":true,"result":{"id":"not a number"}}""")]
    public async Task AnUnreadableAnswerThrowsSkyroomExceptionWrappingTheJsonError(string body)
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope(body)));

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler).GetRoomAsync(1));

        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public async Task ASubclassCanReplaceActionsForMocking()
    {
        SkyroomClient client = new FakeClient();

        Assert.Equal(3, await client.CountRoomsAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.CountUsersAsync());
    }

    private sealed class FakeClient : SkyroomClient
    {
        public override Task<int> CountRoomsAsync(CancellationToken cancellationToken = default) => Task.FromResult(3);
    }
}
