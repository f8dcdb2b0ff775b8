using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class UserContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    [Fact]
    public async Task CreatedUserComesBackWithEveryFieldAsSentExceptThePassword()
    {
        var username = SkyroomContractFixture.UniqueName("Sara");
        var expiry = new DateTimeOffset(2027, 1, 31, 20, 30, 15, TimeSpan.Zero);
        var now = fixture.Factory.Clock.GetUtcNow();

        var id = await client.CreateUserAsync(new CreateUserRequest
        {
            Username = username,
            Password = "p@ss word",
            Nickname = "سارا",
            Email = "sara@example.com",
            FirstName = "سارا",
            LastName = "احمدی",
            Gender = SkyroomGender.Female,
            Status = SkyroomStatus.Inactive,
            IsPublic = true,
            Concurrent = 3,
            TimeLimit = 7200,
            ExpiryDate = expiry,
        });
        var user = await client.GetUserAsync(id);

        Assert.Equal(
            new SkyroomUser
            {
                Id = id,
                Username = username.ToLowerInvariant(),
                Nickname = "سارا",
                Email = "sara@example.com",
                FirstName = "سارا",
                LastName = "احمدی",
                Gender = SkyroomGender.Female,
                Status = SkyroomStatus.Inactive,
                IsPublic = true,
                Concurrent = 3,
                TimeLimit = 7200,
                TimeUsage = 0,
                TimeTotal = 0,
                ExpiryDate = expiry,
                CreateTime = now,
                UpdateTime = now,
            },
            user);
    }

    [Fact]
    public async Task CreatedUserWithOnlyTheRequiredFieldsGetsTheServiceDefaults()
    {
        var id = await fixture.CreateUserAsync();

        var user = await client.GetUserAsync(id);

        Assert.Equal(
            (SkyroomStatus.Active, SkyroomGender.Unknown, false, (int?)1, (long?)null, (DateTimeOffset?)null, (string?)null, (string?)null, (string?)null),
            (user.Status, user.Gender, user.IsPublic, user.Concurrent, user.TimeLimit, user.ExpiryDate, user.Email, user.FirstName, user.LastName));
    }

    [Fact]
    public async Task APublicUserCreatedWithoutConcurrencyIsUnlimited()
    {
        var id = await client.CreateUserAsync(new CreateUserRequest
        {
            Username = SkyroomContractFixture.UniqueName("public"), Password = "x", Nickname = "عمومی", IsPublic = true,
        });

        Assert.Equal(0, (await client.GetUserAsync(id)).Concurrent);
    }

    [Fact]
    public async Task GetUserByUsernameIgnoresCaseAndReturnsTheSameUserAsById()
    {
        var username = SkyroomContractFixture.UniqueName("ali");
        var id = await fixture.CreateUserAsync(username);

        var byName = await client.GetUserByUsernameAsync(username.ToUpperInvariant());

        Assert.Equal(await client.GetUserAsync(id), byName);
    }

    [Fact]
    public async Task UpdateUserChangesOnlyTheFieldsSetAndStampsTheUpdateTime()
    {
        var id = await client.CreateUserAsync(new CreateUserRequest
        {
            Username = SkyroomContractFixture.UniqueName("reza"), Password = "old", Nickname = "رضا", Email = "reza@example.com", TimeLimit = 60,
        });
        var before = await client.GetUserAsync(id);
        var hashBefore = await fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(id));
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(7));
        var newName = SkyroomContractFixture.UniqueName("Reza2");
        var expiry = new DateTimeOffset(2028, 6, 1, 0, 0, 0, TimeSpan.Zero);

        await client.UpdateUserAsync(id, new UpdateUserRequest
        {
            Username = newName,
            Password = "new",
            Nickname = "رضا رضایی",
            FirstName = "رضا",
            LastName = "رضایی",
            Gender = SkyroomGender.Male,
            Status = SkyroomStatus.Inactive,
            IsPublic = true,
            Concurrent = 4,
            ExpiryDate = expiry,
        });
        var after = await client.GetUserAsync(id);

        Assert.Equal(
            before with
            {
                Username = newName.ToLowerInvariant(),
                Nickname = "رضا رضایی",
                FirstName = "رضا",
                LastName = "رضایی",
                Gender = SkyroomGender.Male,
                Status = SkyroomStatus.Inactive,
                IsPublic = true,
                Concurrent = 4,
                ExpiryDate = expiry,
                UpdateTime = fixture.Factory.Clock.GetUtcNow(),
            },
            after);
        Assert.NotEqual(hashBefore, await fixture.Factory.QuerySkyroomAsync(db => db.PasswordHashAsync(id)));
    }

    [Fact]
    public async Task UpdateUserWithUnlimitedPatchesClearsTimeLimitAndExpiry()
    {
        var id = await client.CreateUserAsync(new CreateUserRequest
        {
            Username = SkyroomContractFixture.UniqueName("limited"), Password = "x", Nickname = "محدود",
            TimeLimit = 3600, ExpiryDate = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });

        await client.UpdateUserAsync(id, new UpdateUserRequest { TimeLimit = Patch<long>.Unlimited, ExpiryDate = Patch<DateTimeOffset>.Unlimited });
        var user = await client.GetUserAsync(id);

        Assert.Equal(((long?)null, (DateTimeOffset?)null), (user.TimeLimit, user.ExpiryDate));
    }

    [Fact]
    public async Task UpdateUserWithAnEmptyEmailClearsIt()
    {
        var id = await client.CreateUserAsync(new CreateUserRequest
        {
            Username = SkyroomContractFixture.UniqueName("mail"), Password = "x", Nickname = "ایمیل‌دار", Email = "a@example.com",
        });

        await client.UpdateUserAsync(id, new UpdateUserRequest { Email = "", TimeLimit = 90 });
        var user = await client.GetUserAsync(id);

        Assert.Equal(((string?)null, (long?)90), (user.Email, user.TimeLimit));
    }

    [Fact]
    public async Task DeleteUserRemovesItFromGetListAndCount()
    {
        var id = await fixture.CreateUserAsync();
        var count = await client.CountUsersAsync();

        await client.DeleteUserAsync(id);

        await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.GetUserAsync(id));
        Assert.DoesNotContain(await client.GetUsersAsync(), u => u.Id == id);
        Assert.Equal(count - 1, await client.CountUsersAsync());
    }

    [Fact]
    public async Task CountAndListSeeOnlyTheCallersUsersWithTheirSummaryFields()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        var first = await skyroom.CreateUserAsync(new CreateUserRequest { Username = "First", Password = "1", Nickname = "یکم" });
        var second = await skyroom.CreateUserAsync(new CreateUserRequest { Username = "second", Password = "2", Nickname = "دوم", Status = SkyroomStatus.Inactive });
        await fixture.CreateUserAsync();

        var users = await skyroom.GetUsersAsync();

        Assert.Equal(2, await skyroom.CountUsersAsync());
        Assert.Equal(
            [
                new SkyroomUserSummary { Id = first, Username = "first", Nickname = "یکم", Status = SkyroomStatus.Active },
                new SkyroomUserSummary { Id = second, Username = "second", Nickname = "دوم", Status = SkyroomStatus.Inactive },
            ],
            users);
    }

    [Fact]
    public async Task CreateUsersReturnsAnIdOrTheServersErrorForEachEntryInOrder()
    {
        var taken = SkyroomContractFixture.UniqueName("taken");
        await fixture.CreateUserAsync(taken);
        var good1 = SkyroomContractFixture.UniqueName("good");
        var good2 = SkyroomContractFixture.UniqueName("good");

        var results = await client.CreateUsersAsync(
        [
            new CreateUserRequest { Username = good1, Password = "1", Nickname = "خوب ۱" },
            new CreateUserRequest { Username = taken.ToUpperInvariant(), Password = "2", Nickname = "تکراری" },
            new CreateUserRequest { Username = "نام فارسی", Password = "3", Nickname = "نامعتبر" },
            new CreateUserRequest { Username = good2, Password = "4", Nickname = "خوب ۲", Gender = SkyroomGender.Male },
            new CreateUserRequest { Username = good1, Password = "5", Nickname = "تکرار در همین فهرست" },
        ]);

        Assert.Equal(5, results.Count);
        Assert.Equal([true, false, false, true, false], results.Select(r => r.Succeeded));
        Assert.Equal([null, SkyroomMessages.DuplicateUsername, "نام کاربری معتبر نیست.", null, SkyroomMessages.DuplicateUsername], results.Select(r => r.Error));
        Assert.Equal(good1, (await client.GetUserAsync(results[0].UserId!.Value)).Username);
        var second = await client.GetUserAsync(results[3].UserId!.Value);
        Assert.Equal((good2, "خوب ۲", SkyroomGender.Male), (second.Username, second.Nickname, second.Gender));
    }

    [Fact]
    public async Task ListsLongerThanOneStreamedChunkArriveWhole()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var skyroom = fixture.CreateClient(tenant.ApiKey);
        var requests = Enumerable.Range(0, 300).Select(i => new CreateUserRequest { Username = $"bulk{i:000}", Password = "x", Nickname = $"کاربر {i}" }).ToArray();

        var created = await skyroom.CreateUsersAsync(requests);
        var users = await skyroom.GetUsersAsync();

        Assert.All(created, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(created.Select(r => r.UserId!.Value), users.Select(u => u.Id));
        Assert.Equal(requests.Select(r => r.Username), users.Select(u => u.Username));
        Assert.Equal(300, await skyroom.CountUsersAsync());
    }

    [Fact]
    public async Task ANumericUsernameRoundTripsAsAString()
    {
        var username = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var id = await client.CreateUserAsync(new CreateUserRequest { Username = username, Password = "10", Nickname = "۱۲۳" });
        var user = await client.GetUserByUsernameAsync(username);

        Assert.Equal((id, username), (user.Id, user.Username));
    }

    [Fact]
    public async Task DeleteUsersCountsDeletedAndFailedIds()
    {
        var first = await fixture.CreateUserAsync();
        var second = await fixture.CreateUserAsync();
        var othersUser = await fixture.OtherClient.CreateUserAsync(
            new CreateUserRequest { Username = SkyroomContractFixture.UniqueName("theirs"), Password = "x", Nickname = "دیگری" });

        var result = await client.DeleteUsersAsync([first, second, othersUser, 999_999_999]);

        Assert.Equal(new DeleteUsersResult { Succeeded = 2, Failed = 2 }, result);
        await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.GetUserAsync(first));
        Assert.Equal(othersUser, (await fixture.OtherClient.GetUserAsync(othersUser)).Id);
    }

    [Fact]
    public async Task DeletingAUserAlsoRemovesItsRoomAccess()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await fixture.CreateUserAsync();
        await client.AddRoomUsersAsync(room, [new RoomUserAccess(user, SkyroomAccess.Presenter)]);

        await client.DeleteUserAsync(user);

        Assert.Empty(await client.GetRoomUsersAsync(room));
    }
}
