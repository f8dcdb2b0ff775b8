using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class LoginLinkPreparerContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    [Fact]
    public async Task PreparesOneServerSignedLinkPerUserLastingExactlyUntilValidUntil()
    {
        var name = SkyroomContractFixture.UniqueName("prep");
        var room = await fixture.CreateRoomAsync(name);
        var validUntil = fixture.Factory.Clock.GetUtcNow().AddHours(3);
        var users = Enumerable.Range(1, 12)
            .Select(i => new LoginLinkUser
            {
                UserId = $"s{i}", Nickname = $"دانشجو {i}", Access = i == 1 ? SkyroomAccess.Operator : SkyroomAccess.Normal, Concurrent = i % 3 + 1,
                Language = i % 2 == 0 ? "en" : "fa",
            })
            .ToArray();
        var progress = new ListProgress();

        var results = await Preparer().PrepareAsync(room, users, validUntil, progress: progress);

        Assert.Equal(users.Select(u => u.UserId), results.Select(r => r.UserId));
        Assert.All(results, r => Assert.True(r.Created && r.Succeeded && r.Error is null));
        Assert.Equal(new LoginLinkProgress(12, 12, 0), progress.Last);
        foreach (var (user, result) in users.Zip(results))
        {
            var link = result.Link!;
            Assert.Equal(validUntil, link.ExpiresAt);
            Assert.StartsWith($"{fixture.BaseUrl}/ch/{fixture.Tenant.Slug}/{name}/t/", link.Url);
            Assert.EndsWith("/l/" + user.Language, link.Url);
            var jwt = LoginToken.Read(link.Url.Split("/t/")[1].Split("/l/")[0], fixture.Tenant.LoginSecret);
            Assert.True(jwt.SignatureIsValid);
            Assert.Equal(
                (validUntil.ToUnixTimeSeconds(), room, "@api/" + user.UserId, user.Nickname, (int)user.Access, user.Concurrent),
                (jwt.Payload.GetProperty("exp").GetInt64(), jwt.Payload.GetProperty("room_id").GetInt64(), jwt.Payload.GetProperty("uid").GetString(),
                    jwt.Payload.GetProperty("nickname").GetString(), jwt.Payload.GetProperty("role").GetInt32(), jwt.Payload.GetProperty("concurrent").GetInt32()));
        }
    }

    [Fact]
    public async Task ReusesHeldLinksThatLastLongEnoughAndCreatesTheRest()
    {
        var room = await fixture.CreateRoomAsync();
        var now = fixture.Factory.Clock.GetUtcNow();
        var first = await Preparer().PrepareAsync(room, [User("a"), User("b")], now.AddHours(2));
        var held = first.ToDictionary(r => r.UserId, r => r.Link!);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(30));

        var sameClass = await Preparer().PrepareAsync(room, [User("a"), User("b"), User("c")], now.AddHours(2), held);
        var longerClass = await Preparer().PrepareAsync(room, [User("a"), User("c")], now.AddHours(4), held);

        Assert.Equal([false, false, true], sameClass.Select(r => r.Created));
        Assert.Equal([held["a"], held["b"]], sameClass.Take(2).Select(r => r.Link));
        Assert.StartsWith($"{fixture.BaseUrl}/ch/{fixture.Tenant.Slug}/", sameClass[2].Link!.Url);
        Assert.Equal([true, true], longerClass.Select(r => r.Created));
        Assert.NotEqual(held["a"].Url, longerClass[0].Link!.Url);
        Assert.Equal(now.AddHours(4), longerClass[0].Link!.ExpiresAt);
    }

    [Fact]
    public async Task AUserTheServerRefusesGetsItsErrorAndTheOthersStillGetLinks()
    {
        var room = await fixture.CreateRoomAsync();
        var progress = new ListProgress();

        var results = await Preparer().PrepareAsync(
            room, [User("ok-1"), User("has space"), User("ok-2")], fixture.Factory.Clock.GetUtcNow().AddHours(1), progress: progress);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.Equal((SkyroomException.InvalidRequest, "شناسه کاربر معتبر نیست."), (results[1].Error!.ErrorCode, results[1].Error!.Message));
        Assert.Equal(new LoginLinkProgress(3, 3, 1), progress.Last);
    }

    [Fact]
    public async Task LinksToAnotherAccountsRoomAllFailWithError12()
    {
        var theirs = await fixture.OtherClient.CreateRoomAsync(new CreateRoomRequest { Name = SkyroomContractFixture.UniqueName("theirs"), Title = "دیگری" });

        var results = await Preparer().PrepareAsync(theirs, [User("a"), User("b")], fixture.Factory.Clock.GetUtcNow().AddHours(1));

        Assert.All(results, r => Assert.Equal(SkyroomException.NotAllowed, r.Error?.ErrorCode));
    }

    private SkyroomLoginLinkPreparer Preparer() => new(fixture.Client, maxConcurrency: 4, timeProvider: fixture.Factory.Clock);

    private static LoginLinkUser User(string id) => new() { UserId = id, Nickname = "کاربر " + id };

    private sealed class ListProgress : IProgress<LoginLinkProgress>
    {
        private readonly Lock gate = new();
        private LoginLinkProgress? last;

        public LoginLinkProgress? Last
        {
            get
            {
                lock (gate)
                {
                    return last;
                }
            }
        }

        public void Report(LoginLinkProgress value)
        {
            lock (gate)
            {
                last = value;
            }
        }
    }
}
