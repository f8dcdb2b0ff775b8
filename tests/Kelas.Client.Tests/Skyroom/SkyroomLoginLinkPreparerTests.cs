using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomLoginLinkPreparerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ClassEnds = Now.AddHours(3);

    [Fact]
    public async Task OnlyMissingOrExpiringLinksAreCreatedAndProgressIsReported()
    {
        var handler = UrlPerUser();
        var progress = new ListProgress();
        var held = new Dictionary<string, LoginLink>
        {
            ["long"] = new("https://kelas.test/held/long", ClassEnds.AddDays(1)),
            ["exact"] = new("https://kelas.test/held/exact", ClassEnds),
            ["short"] = new("https://kelas.test/held/short", ClassEnds.AddSeconds(-1)),
        };

        var results = await Preparer(handler).PrepareAsync(
            7, [User("long"), User("short"), User("missing"), User("exact")], ClassEnds, held, progress);

        Assert.Equal(["missing", "short"], handler.Requests.Select(r => r.Params!["user_id"]!.GetValue<string>()).Order());
        Assert.All(handler.Requests, r => Assert.Equal(3 * 3600, r.Params!["ttl"]!.GetValue<long>()));
        Assert.Equal(
            [
                new PreparedLoginLink("long", held["long"], Created: false, Error: null),
                new PreparedLoginLink("short", new LoginLink("https://kelas.test/t/short", ClassEnds), Created: true, Error: null),
                new PreparedLoginLink("missing", new LoginLink("https://kelas.test/t/missing", ClassEnds), Created: true, Error: null),
                new PreparedLoginLink("exact", held["exact"], Created: false, Error: null),
            ],
            results);
        Assert.Equal([new LoginLinkProgress(1, 2, 0), new LoginLinkProgress(2, 2, 0)], progress.Reports);
    }

    [Fact]
    public async Task EachUserIsSentWithTheirOwnNicknameAccessConcurrencyAndLanguage()
    {
        var handler = UrlPerUser();

        await Preparer(handler).PrepareAsync(
            7,
            [new LoginLinkUser { UserId = "t1", Nickname = "استاد", Access = SkyroomAccess.Operator, Concurrent = 2, Language = "en" }],
            ClassEnds);

        var sent = handler.Single().Params!;
        Assert.Equal(
            (7L, "t1", "استاد", 3, 2, "en"),
            (sent["room_id"]!.GetValue<long>(), sent["user_id"]!.GetValue<string>(), sent["nickname"]!.GetValue<string>(),
                sent["access"]!.GetValue<int>(), sent["concurrent"]!.GetValue<int>(), sent["language"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AFailedLinkIsReportedForThatUserAndTheOthersAreStillCreated()
    {
        var handler = new StubHttpHandler((request, _) => Task.FromResult(request.Params!["user_id"]!.GetValue<string>() == "bad"
            ? StubHttpHandler.Error(13, "درخواست شما معتبر نیست.")
            : StubHttpHandler.Ok("\"https://kelas.test/t/ok\"")));
        var progress = new ListProgress();

        var results = await Preparer(handler, maxConcurrency: 1).PrepareAsync(7, [User("a"), User("bad"), User("c")], ClassEnds, progress: progress);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.Equal(SkyroomException.InvalidRequest, results[1].Error!.ErrorCode);
        Assert.Null(results[1].Link);
        Assert.Equal(new LoginLinkProgress(3, 3, 1), progress.Reports[^1]);
    }

    [Fact]
    public async Task NoMoreThanMaxConcurrencyLinksAreRequestedAtOnce()
    {
        var inFlight = 0;
        var peak = 0;
        var handler = new StubHttpHandler(async (request, cancellationToken) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(5, cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return StubHttpHandler.Ok("\"u\"");
        });
        var users = Enumerable.Range(0, 24).Select(i => User($"u{i}")).ToArray();

        var results = await Preparer(handler, maxConcurrency: 3).PrepareAsync(7, users, ClassEnds);

        Assert.Equal(24, handler.Requests.Count);
        Assert.All(results, r => Assert.True(r.Created));
        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public async Task LinkCreationIsPacedByTheClientRateLimiter()
    {
        var handler = UrlPerUser();
        var options = SkyroomTestClient.Options();
        options.PermitsPerMinute = 2;
        var preparer = new SkyroomLoginLinkPreparer(SkyroomTestClient.Create(handler, options), timeProvider: new InstantTimeProvider(Now));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => preparer.PrepareAsync(7, [User("a"), User("b"), User("c")], ClassEnds, cancellationToken: cancellation.Token));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task AValidUntilThatHasAlreadyPassedIsRejected()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Preparer(UrlPerUser()).PrepareAsync(7, [User("a")], Now));
    }

    private static SkyroomLoginLinkPreparer Preparer(StubHttpHandler handler, int maxConcurrency = 4) =>
        new(SkyroomTestClient.Create(handler), maxConcurrency, new InstantTimeProvider(Now));

    private static LoginLinkUser User(string id) => new() { UserId = id, Nickname = id.ToUpperInvariant() };

    private static StubHttpHandler UrlPerUser() => new((request, _) =>
        Task.FromResult(StubHttpHandler.Ok($"\"https://kelas.test/t/{request.Params!["user_id"]!.GetValue<string>()}\"")));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed class ListProgress : IProgress<LoginLinkProgress>
    {
        private readonly List<LoginLinkProgress> reports = [];

        public IReadOnlyList<LoginLinkProgress> Reports
        {
            get
            {
                lock (reports)
                {
                    return reports.ToArray();
                }
            }
        }

        public void Report(LoginLinkProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
