using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class ErrorContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    [Fact]
    public async Task GetRoomByNameOfUnknownRoomThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.GetRoomByNameAsync(SkyroomContractFixture.UniqueName("missing")));

        Assert.Equal((SkyroomException.NotFound, "داده\u200c مورد نظر پیدا نشد.", (System.Net.HttpStatusCode?)null), (error.ErrorCode, error.Message, error.HttpStatusCode));
    }

    [Fact]
    public async Task UnknownIdsOfEveryKindThrowNotFound()
    {
        const long unknown = 999_999_999;
        Func<Task>[] calls =
        [
            () => client.GetRoomAsync(unknown),
            () => client.UpdateRoomAsync(unknown, new UpdateRoomRequest { Title = "x" }),
            () => client.DeleteRoomAsync(unknown),
            () => client.GetRoomUrlAsync(unknown),
            () => client.GetRoomUsersAsync(unknown),
            () => client.GetUserAsync(unknown),
            () => client.GetUserByUsernameAsync("nobody-" + Guid.NewGuid().ToString("N")[..8]),
            () => client.UpdateUserAsync(unknown, new UpdateUserRequest { Nickname = "x" }),
            () => client.DeleteUserAsync(unknown),
            () => client.GetUserRoomsAsync(unknown),
            () => client.CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = unknown, UserId = "u", Nickname = "x" }),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(call);
            Assert.Equal(SkyroomMessages.NotFound, error.Message);
        }
    }

    [Fact]
    public async Task CreatingARoomWithATakenNameThrowsError14WithTheDuplicateRoomMessage()
    {
        var name = SkyroomContractFixture.UniqueName("dup");
        await fixture.CreateRoomAsync(name);

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => client.CreateRoomAsync(new CreateRoomRequest { Name = name.ToUpperInvariant(), Title = "دوباره" }));

        Assert.IsNotType<SkyroomNotFoundException>(error);
        Assert.Equal(
            (SkyroomException.OperationFailed, "اتاقی با همین نام وجود دارد. از نام دیگری استفاده نمایید."),
            (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task RenamingARoomToATakenNameThrowsError14()
    {
        var taken = SkyroomContractFixture.UniqueName("taken");
        await fixture.CreateRoomAsync(taken);
        var room = await fixture.CreateRoomAsync();

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.UpdateRoomAsync(room, new UpdateRoomRequest { Name = taken }));

        Assert.Equal((SkyroomException.OperationFailed, SkyroomMessages.DuplicateRoom), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task CreatingAUserWithATakenUsernameThrowsError14()
    {
        var username = SkyroomContractFixture.UniqueName("same");
        await fixture.CreateUserAsync(username);

        var error = await Assert.ThrowsAsync<SkyroomException>(() => fixture.CreateUserAsync(username));

        Assert.Equal((SkyroomException.OperationFailed, SkyroomMessages.DuplicateUsername), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task TheSameRoomNameIsFreeInAnotherAccount()
    {
        var name = SkyroomContractFixture.UniqueName("shared");
        await fixture.CreateRoomAsync(name);

        var theirs = await fixture.OtherClient.CreateRoomAsync(new CreateRoomRequest { Name = name, Title = "هم‌نام" });

        Assert.Equal(name, (await fixture.OtherClient.GetRoomAsync(theirs)).Name);
    }

    [Fact]
    public async Task AnotherAccountsRoomIdThrowsError12()
    {
        var theirs = await fixture.OtherClient.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName("theirs"), Title = "دیگری" });
        Func<Task>[] calls =
        [
            () => client.GetRoomAsync(theirs),
            () => client.UpdateRoomAsync(theirs, new UpdateRoomRequest { Title = "ربوده" }),
            () => client.DeleteRoomAsync(theirs),
            () => client.GetRoomUrlAsync(theirs),
            () => client.GetRoomUsersAsync(theirs),
            () => client.CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = theirs, UserId = "u", Nickname = "x" }),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<SkyroomException>(call);
            Assert.Equal((SkyroomException.NotAllowed, SkyroomMessages.NotAllowed), (error.ErrorCode, error.Message));
        }

        Assert.Equal("دیگری", (await fixture.OtherClient.GetRoomAsync(theirs)).Title);
    }

    [Fact]
    public async Task AnotherAccountsUserIdThrowsError12()
    {
        var theirs = await fixture.OtherClient.CreateUserAsync(
            new CreateUserRequest { Username = SkyroomContractFixture.UniqueName("theirs"), Password = "x", Nickname = "دیگری" });

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.GetUserAsync(theirs));

        Assert.Equal((SkyroomException.NotAllowed, SkyroomMessages.NotAllowed), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task ADisabledAccountThrowsError10AndWorksAgainOnceEnabled()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        await fixture.Factory.SetSkyroomAccountEnabledAsync(tenant.Slug, enabled: false);

        var error = await Assert.ThrowsAsync<SkyroomException>(() => skyroom.PingAsync());

        Assert.Equal((SkyroomException.ServiceDisabled, SkyroomMessages.Disabled), (error.ErrorCode, error.Message));
        await fixture.Factory.SetSkyroomAccountEnabledAsync(tenant.Slug, enabled: true);
        await skyroom.PingAsync();
    }

    [Theory]
    [InlineData("apikey-1-123456-0123456789abcdef0123456789abcdef01")]
    [InlineData("not-a-key")]
    public async Task AnUnknownKeyThrowsError11(string apiKey)
    {
        var skyroom = fixture.CreateClient(apiKey);

        var error = await Assert.ThrowsAsync<SkyroomException>(() => skyroom.GetRoomsAsync());

        Assert.Equal((SkyroomException.InvalidKey, SkyroomMessages.InvalidKey), (error.ErrorCode, error.Message));
    }

    [Theory]
    [InlineData("math 101")]
    [InlineData("ریاضی")]
    [InlineData("..")]
    public async Task CreatingARoomWithAnInvalidNameThrowsError13NamingTheParameter(string name)
    {
        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.CreateRoomAsync(new CreateRoomRequest { Name = name, Title = "نامعتبر" }));

        Assert.Equal((SkyroomException.InvalidRequest, SkyroomMessages.InvalidRoomName), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task GetRoomByAnInvalidNameThrowsError13()
    {
        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.GetRoomByNameAsync("no spaces allowed"));

        Assert.Equal((SkyroomException.InvalidRequest, SkyroomMessages.InvalidRoomName), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task CreatingARoomWithAnUnknownServiceThrowsNotFoundAndAnotherAccountsServiceThrowsError12()
    {
        await Assert.ThrowsAsync<SkyroomNotFoundException>(
            () => client.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName(), Title = "x", ServiceId = 999_999_999 }));

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => client.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName(), Title = "x", ServiceId = fixture.Other.ServiceId }));

        Assert.Equal(SkyroomException.NotAllowed, error.ErrorCode);
    }

    [Fact]
    public async Task CreatingARoomWithoutAServiceIdOnAnAccountWithoutAnActiveServiceThrowsError14()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync(withService: false);

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => fixture.CreateClient(tenant.ApiKey).CreateRoomAsync(new CreateRoomRequest { Name = "first", Title = "یکم" }));

        Assert.Equal(SkyroomException.OperationFailed, error.ErrorCode);
    }

    [Fact]
    public async Task CreatingARoomWithoutAServiceIdOnAnAccountWithSeveralActiveServicesThrowsError13()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug);

        var error = await Assert.ThrowsAsync<SkyroomException>(
            () => fixture.CreateClient(tenant.ApiKey).CreateRoomAsync(new CreateRoomRequest { Name = "which", Title = "کدام" }));

        Assert.Equal(SkyroomException.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public async Task AnInvalidUserFieldThrowsError13NamingTheField()
    {
        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.CreateUserAsync(new CreateUserRequest
        {
            Username = SkyroomContractFixture.UniqueName("mail"), Password = "x", Nickname = "ایمیل", Email = "not an email",
        }));

        Assert.Equal((SkyroomException.InvalidRequest, "آدرس ایمیل معتبر نیست."), (error.ErrorCode, error.Message));
    }
}
