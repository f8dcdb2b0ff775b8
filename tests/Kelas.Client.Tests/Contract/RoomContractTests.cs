using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class RoomContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    [Fact]
    public async Task CreatedRoomComesBackWithEveryFieldAsSent()
    {
        var name = SkyroomContractFixture.UniqueName("Math");
        var now = fixture.Factory.Clock.GetUtcNow();

        var id = await client.CreateRoomAsync(new CreateRoomRequest
        {
            Name = name,
            Title = "ریاضی ۱",
            Description = "کلاس دوشنبه‌ها",
            ServiceId = fixture.Tenant.ServiceId,
            Status = SkyroomStatus.Inactive,
            GuestLogin = true,
            GuestLimit = 5,
            OpLoginFirst = true,
            MaxUsers = 40,
            SessionDuration = 90,
            TimeLimit = 36_000,
        });
        var room = await client.GetRoomAsync(id);

        Assert.Equal(
            new SkyroomRoom
            {
                Id = id,
                ServiceId = fixture.Tenant.ServiceId,
                Name = name.ToLowerInvariant(),
                Title = "ریاضی ۱",
                Description = "کلاس دوشنبه‌ها",
                Status = SkyroomStatus.Inactive,
                GuestLogin = true,
                GuestLimit = 5,
                OpLoginFirst = true,
                MaxUsers = 40,
                SessionDuration = 90,
                TimeLimit = 36_000,
                TimeUsage = 0,
                TimeTotal = 0,
                CreateTime = now,
                UpdateTime = now,
            },
            room);
    }

    [Fact]
    public async Task CreatedRoomWithOnlyNameAndTitleGetsTheServiceDefaults()
    {
        var id = await fixture.CreateRoomAsync(title: "پیش‌فرض");

        var room = await client.GetRoomAsync(id);

        Assert.Equal(fixture.Tenant.ServiceId, room.ServiceId);
        Assert.Equal(SkyroomStatus.Active, room.Status);
        Assert.False(room.GuestLogin);
        Assert.False(room.OpLoginFirst);
        Assert.Equal(0, room.GuestLimit);
        Assert.Null(room.Description);
        Assert.Null(room.MaxUsers);
        Assert.Null(room.SessionDuration);
        Assert.Null(room.TimeLimit);
    }

    [Fact]
    public async Task GetRoomByNameIgnoresCaseAndReturnsTheSameRoomAsById()
    {
        var name = SkyroomContractFixture.UniqueName("algebra");
        var id = await fixture.CreateRoomAsync(name);

        var byName = await client.GetRoomByNameAsync(name.ToUpperInvariant());

        Assert.Equal(await client.GetRoomAsync(id), byName);
    }

    [Fact]
    public async Task UpdateRoomChangesOnlyTheFieldsSetAndStampsTheUpdateTime()
    {
        var id = await client.CreateRoomAsync(new CreateRoomRequest
        {
            Name = SkyroomContractFixture.UniqueName(), Title = "قدیم", Description = "شرح", MaxUsers = 10, SessionDuration = 60, TimeLimit = 600,
        });
        var before = await client.GetRoomAsync(id);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var newName = SkyroomContractFixture.UniqueName("Renamed");

        await client.UpdateRoomAsync(id, new UpdateRoomRequest
        {
            Name = newName, Title = "جدید", Status = SkyroomStatus.Inactive, GuestLogin = true, GuestLimit = 3, OpLoginFirst = true, MaxUsers = 25,
        });
        var after = await client.GetRoomAsync(id);

        Assert.Equal(
            before with
            {
                Name = newName.ToLowerInvariant(),
                Title = "جدید",
                Status = SkyroomStatus.Inactive,
                GuestLogin = true,
                GuestLimit = 3,
                OpLoginFirst = true,
                MaxUsers = 25,
                UpdateTime = fixture.Factory.Clock.GetUtcNow(),
            },
            after);
    }

    [Fact]
    public async Task UpdateRoomWithUnlimitedPatchesClearsTheLimitsOnTheServer()
    {
        var id = await client.CreateRoomAsync(new CreateRoomRequest
        {
            Name = SkyroomContractFixture.UniqueName(), Title = "محدود", MaxUsers = 10, SessionDuration = 60, TimeLimit = 600,
        });

        await client.UpdateRoomAsync(id, new UpdateRoomRequest
        {
            MaxUsers = Patch<int>.Unlimited, SessionDuration = Patch<int>.Set(null), TimeLimit = Patch<long>.Unlimited,
        });
        var room = await client.GetRoomAsync(id);

        Assert.Equal((null, null, null), (room.MaxUsers, room.SessionDuration, room.TimeLimit));
    }

    [Fact]
    public async Task UpdateRoomCanSetALimitAgainAfterUnlimitedAndLeavesUnchangedPatchesAlone()
    {
        var id = await client.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName(), Title = "نامحدود", TimeLimit = 900 });

        await client.UpdateRoomAsync(id, new UpdateRoomRequest { MaxUsers = 12, SessionDuration = Patch<int>.Set(45) });
        var room = await client.GetRoomAsync(id);

        Assert.Equal((12, 45, 900L), (room.MaxUsers, room.SessionDuration, room.TimeLimit));
    }

    [Fact]
    public async Task UpdateRoomWithAnEmptyDescriptionClearsIt()
    {
        var id = await client.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName(), Title = "شرح‌دار", Description = "شرح" });

        await client.UpdateRoomAsync(id, new UpdateRoomRequest { Description = "" });

        Assert.True(string.IsNullOrEmpty((await client.GetRoomAsync(id)).Description));
    }

    [Fact]
    public async Task UpdateRoomCanMoveTheRoomToAnotherServiceOfTheAccount()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        var id = await skyroom.CreateRoomAsync(new CreateRoomRequest { Name = "moving", Title = "جابه‌جا" });
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug);

        await skyroom.UpdateRoomAsync(id, new UpdateRoomRequest { ServiceId = second });

        Assert.Equal(second, (await skyroom.GetRoomAsync(id)).ServiceId);
    }

    [Fact]
    public async Task CreateRoomWithAServiceIdPicksOneOfSeveralActiveServices()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        var second = await fixture.Factory.AddSkyroomServiceAsync(tenant.Slug);

        var id = await skyroom.CreateRoomAsync(new CreateRoomRequest { Name = "on-second", Title = "دوم", ServiceId = second });

        Assert.Equal(second, (await skyroom.GetRoomAsync(id)).ServiceId);
    }

    [Fact]
    public async Task DeleteRoomRemovesItFromGetListAndCount()
    {
        var id = await fixture.CreateRoomAsync();
        var count = await client.CountRoomsAsync();

        await client.DeleteRoomAsync(id);

        await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.GetRoomAsync(id));
        Assert.DoesNotContain(await client.GetRoomsAsync(), r => r.Id == id);
        Assert.Equal(count - 1, await client.CountRoomsAsync());
    }

    [Fact]
    public async Task CountAndListSeeOnlyTheCallersRoomsWithTheirSummaryFields()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        var first = await skyroom.CreateRoomAsync(new CreateRoomRequest { Name = "First", Title = "اول" });
        var second = await skyroom.CreateRoomAsync(new CreateRoomRequest { Name = "second", Title = "دوم", Status = SkyroomStatus.Inactive });
        await fixture.CreateRoomAsync();

        var rooms = await skyroom.GetRoomsAsync();

        Assert.Equal(2, await skyroom.CountRoomsAsync());
        Assert.Equal(
            [
                new SkyroomRoomSummary { Id = first, ServiceId = tenant.ServiceId, Name = "first", Title = "اول", Status = SkyroomStatus.Active },
                new SkyroomRoomSummary { Id = second, ServiceId = tenant.ServiceId, Name = "second", Title = "دوم", Status = SkyroomStatus.Inactive },
            ],
            rooms);
    }

    [Fact]
    public async Task AnAccountWithoutRoomsCountsZeroAndListsNone()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);

        Assert.Equal(0, await skyroom.CountRoomsAsync());
        Assert.Empty(await skyroom.GetRoomsAsync());
    }

    [Fact]
    public async Task GetRoomUrlIsTheServersAbsoluteRoomUrl()
    {
        var name = SkyroomContractFixture.UniqueName("Url");
        var id = await fixture.CreateRoomAsync(name);

        var url = await client.GetRoomUrlAsync(id);

        Assert.Equal($"{fixture.BaseUrl}/ch/{fixture.Tenant.Slug}/{name.ToLowerInvariant()}", url);
    }

    [Theory]
    [InlineData("fa", false, "")]
    [InlineData("en", false, "/l/en")]
    [InlineData("EN", false, "/l/en")]
    [InlineData(null, true, "")]
    [InlineData("ar", true, "/l/ar")]
    public async Task GetRoomUrlHonoursLanguageAndRelative(string? language, bool relative, string suffix)
    {
        var name = SkyroomContractFixture.UniqueName("lang");
        var id = await fixture.CreateRoomAsync(name);

        var url = await client.GetRoomUrlAsync(id, language, relative);

        var path = $"/ch/{fixture.Tenant.Slug}/{name}{suffix}";
        Assert.Equal(relative ? path : fixture.BaseUrl + path, url);
    }
}
