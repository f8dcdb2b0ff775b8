using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class AccessContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    [Fact]
    public async Task RoomUsersAddedWithAccessLevelsAreListedFromTheRoomAndFromEachUser()
    {
        var roomName = SkyroomContractFixture.UniqueName("hall");
        var room = await fixture.CreateRoomAsync(roomName, "تالار");
        var (normal, presenter, op, admin) = (await NewUserAsync("n"), await NewUserAsync("p"), await NewUserAsync("o"), await NewUserAsync("a"));

        var applied = await client.AddRoomUsersAsync(room,
        [
            new RoomUserAccess(normal.Id),
            new RoomUserAccess(presenter.Id, SkyroomAccess.Presenter),
            new RoomUserAccess(op.Id, SkyroomAccess.Operator),
            new RoomUserAccess(admin.Id, SkyroomAccess.Admin),
        ]);

        Assert.Equal(4, applied);
        Assert.Equal(
            [
                RoomUser(normal, SkyroomAccess.Normal),
                RoomUser(presenter, SkyroomAccess.Presenter),
                RoomUser(op, SkyroomAccess.Operator),
                RoomUser(admin, SkyroomAccess.Admin),
            ],
            await client.GetRoomUsersAsync(room));
        Assert.Equal(
            [new SkyroomUserRoom { RoomId = room, Name = roomName, Title = "تالار", Access = SkyroomAccess.Admin }],
            await client.GetUserRoomsAsync(admin.Id));
    }

    [Fact]
    public async Task AddRoomUsersAgainChangesTheAccessInsteadOfDuplicating()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await NewUserAsync("up");
        await client.AddRoomUsersAsync(room, [new RoomUserAccess(user.Id, SkyroomAccess.Normal)]);

        var applied = await client.AddRoomUsersAsync(room, [new RoomUserAccess(user.Id, SkyroomAccess.Operator)]);

        Assert.Equal(1, applied);
        Assert.Equal([RoomUser(user, SkyroomAccess.Operator)], await client.GetRoomUsersAsync(room));
    }

    [Fact]
    public async Task UpdateRoomUserChangesTheAccessSeenFromBothSides()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await NewUserAsync("upd");
        await client.AddRoomUsersAsync(room, [new RoomUserAccess(user.Id)]);

        await client.UpdateRoomUserAsync(room, user.Id, SkyroomAccess.Presenter);

        Assert.Equal(SkyroomAccess.Presenter, Assert.Single(await client.GetRoomUsersAsync(room)).Access);
        Assert.Equal(SkyroomAccess.Presenter, Assert.Single(await client.GetUserRoomsAsync(user.Id)).Access);
    }

    [Fact]
    public async Task UpdateRoomUserWithoutAccessToTheRoomIsNotFound()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await NewUserAsync("none");

        var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.UpdateRoomUserAsync(room, user.Id, SkyroomAccess.Operator));

        Assert.Equal(SkyroomMessages.NotFound, error.Message);
    }

    [Fact]
    public async Task RemoveRoomUsersReturnsHowManyAccessesItRemoved()
    {
        var room = await fixture.CreateRoomAsync();
        var (kept, removed, never) = (await NewUserAsync("k"), await NewUserAsync("r"), await NewUserAsync("x"));
        await client.AddRoomUsersAsync(room, [new RoomUserAccess(kept.Id), new RoomUserAccess(removed.Id)]);

        var count = await client.RemoveRoomUsersAsync(room, [removed.Id, never.Id]);

        Assert.Equal(1, count);
        Assert.Equal([RoomUser(kept, SkyroomAccess.Normal)], await client.GetRoomUsersAsync(room));
    }

    [Fact]
    public async Task UserRoomsAddedWithAccessLevelsAreListedFromTheUserAndFromEachRoom()
    {
        var (firstName, secondName) = (SkyroomContractFixture.UniqueName("ur"), SkyroomContractFixture.UniqueName("ur"));
        var first = await fixture.CreateRoomAsync(firstName, "یکم");
        var second = await fixture.CreateRoomAsync(secondName, "دوم");
        var user = await NewUserAsync("ur");

        var applied = await client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(first), new UserRoomAccess(second, SkyroomAccess.Operator)]);

        Assert.Equal(2, applied);
        Assert.Equal(
            [
                new SkyroomUserRoom { RoomId = first, Name = firstName, Title = "یکم", Access = SkyroomAccess.Normal },
                new SkyroomUserRoom { RoomId = second, Name = secondName, Title = "دوم", Access = SkyroomAccess.Operator },
            ],
            await client.GetUserRoomsAsync(user.Id));
        Assert.Equal([RoomUser(user, SkyroomAccess.Operator)], await client.GetRoomUsersAsync(second));
    }

    [Fact]
    public async Task AddUserRoomsAgainChangesTheAccess()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await NewUserAsync("again");
        await client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(room, SkyroomAccess.Admin)]);

        await client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(room, SkyroomAccess.Presenter)]);

        Assert.Equal(SkyroomAccess.Presenter, Assert.Single(await client.GetUserRoomsAsync(user.Id)).Access);
    }

    [Fact]
    public async Task RemoveUserRoomsReturnsHowManyAccessesItRemoved()
    {
        var (kept, removed, never) = (await fixture.CreateRoomAsync(), await fixture.CreateRoomAsync(), await fixture.CreateRoomAsync());
        var user = await NewUserAsync("rm");
        await client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(kept), new UserRoomAccess(removed)]);

        var count = await client.RemoveUserRoomsAsync(user.Id, [removed, never]);

        Assert.Equal(1, count);
        Assert.Equal([kept], (await client.GetUserRoomsAsync(user.Id)).Select(r => r.RoomId));
    }

    [Fact]
    public async Task DeletingARoomAlsoRemovesItsUsersAccess()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await NewUserAsync("del");
        await client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(room)]);

        await client.DeleteRoomAsync(room);

        Assert.Empty(await client.GetUserRoomsAsync(user.Id));
    }

    [Fact]
    public async Task GivingAccessToAnotherAccountsUserIsNotAllowed()
    {
        var room = await fixture.CreateRoomAsync();
        var theirs = await fixture.OtherClient.CreateUserAsync(
            new CreateUserRequest { Username = SkyroomContractFixture.UniqueName("theirs"), Password = "x", Nickname = "دیگری" });

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.AddRoomUsersAsync(room, [new RoomUserAccess(theirs)]));

        Assert.Equal((SkyroomException.NotAllowed, SkyroomMessages.NotAllowed), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task GivingAccessToAnUnknownRoomIsNotFound()
    {
        var user = await NewUserAsync("unk");

        var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.AddUserRoomsAsync(user.Id, [new UserRoomAccess(999_999_999)]));

        Assert.Equal(SkyroomException.NotFound, error.ErrorCode);
    }

    private async Task<SkyroomUser> NewUserAsync(string prefix) =>
        await client.GetUserAsync(await fixture.CreateUserAsync(SkyroomContractFixture.UniqueName(prefix), "کاربر " + prefix));

    private static SkyroomRoomUser RoomUser(SkyroomUser user, SkyroomAccess access) =>
        new() { UserId = user.Id, Username = user.Username, Nickname = user.Nickname, Access = access };
}
