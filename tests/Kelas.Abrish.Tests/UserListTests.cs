using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Tests;

public sealed class UserListTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private AbrishWire Api => fixture.Api;

    private async Task<System.Text.Json.JsonElement> ListAsync(long org, object? page = null, object? filter = null)
    {
        var fields = new Dictionary<string, object?> { ["id"] = org };
        if (page is not null)
        {
            fields["page"] = page;
        }

        if (filter is not null)
        {
            fields["filter"] = filter;
        }

        return await Api.CallAsync("getAllUsers", fields);
    }

    private static List<string> UserNames(System.Text.Json.JsonElement answer) =>
        answer.GetProperty("data").EnumerateArray().Select(u => u.GetProperty("UserName").GetString()!).ToList();

    [Fact]
    public async Task UsersComeEighteenPerPageInIdOrderWithTheTotalCount()
    {
        var org = await fixture.NewOrganizationAsync();
        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await Api.PostUserAsync(org, $"user{i:D2}", new Dictionary<string, object?> { ["cell"] = "" }));
        }

        var pages = new[] { await ListAsync(org, 0, ""), await ListAsync(org, "1", ""), await ListAsync(org, 2, "") };
        var beyond = await ListAsync(org, 3, "");

        Assert.All(pages, p => Assert.Equal(40, p.GetProperty("count").GetInt32()));
        Assert.Equal([18, 18, 4], pages.Select(p => p.GetProperty("data").GetArrayLength()));
        Assert.Equal(ids, pages.SelectMany(p => p.GetProperty("data").EnumerateArray()).Select(u => u.GetProperty("ID").GetInt64()));
        Assert.Equal(40, beyond.GetProperty("count").GetInt32());
        Assert.Equal(0, beyond.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task MissingPageAndFilterMeanTheFirstPageOfEveryone()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "only");

        var answer = await ListAsync(org);

        Assert.Equal(["only"], UserNames(answer));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData("x")]
    public async Task InvalidPageIsAnError(object page)
    {
        var org = await fixture.NewOrganizationAsync();

        Assert.Equal(AbrishMessages.InvalidPage, AbrishWire.Error(await ListAsync(org, page)));
    }

    [Fact]
    public async Task ListingAnotherRegistrantsOrganizationIsNotFound()
    {
        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(await ListAsync(fixture.OtherOrganizationId)));
    }

    [Fact]
    public async Task FilterMatchesFirstNameLastNameUserNameAndCellWithCountOfMatches()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "ali1", new Dictionary<string, object?> { ["firstname"] = "علی", ["lastname"] = "محمدی", ["cell"] = "09121110000" });
        await Api.PostUserAsync(org, "hasan", new Dictionary<string, object?> { ["firstname"] = "حسن", ["lastname"] = "علیزاده", ["cell"] = "09351110000" });
        await Api.PostUserAsync(org, "Kaveh", new Dictionary<string, object?> { ["firstname"] = "کاوه", ["lastname"] = "کریمی", ["cell"] = "09191234567" });

        Assert.Equal(["ali1", "hasan"], UserNames(await ListAsync(org, 0, "علی")));
        Assert.Equal(2, (await ListAsync(org, 0, "علی")).GetProperty("count").GetInt32());
        Assert.Equal(["Kaveh"], UserNames(await ListAsync(org, 0, "kav")));
        Assert.Equal(["hasan"], UserNames(await ListAsync(org, 0, "0935")));
        Assert.Equal(["ali1"], UserNames(await ListAsync(org, 0, "محمد")));
    }

    [Fact]
    public async Task FilterTreatsArabicLettersAndEasternDigitsLikePersianAndLatinOnBothSides()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "persian", new Dictionary<string, object?> { ["firstname"] = "علی", ["lastname"] = "کاظمی", ["cell"] = "09121234567" });
        await Api.PostUserAsync(org, "arabic", new Dictionary<string, object?> { ["firstname"] = "علي", ["lastname"] = "كاظمي", ["cell"] = "۰۹۳۰۱۲۳۴۵۶۷" });

        Assert.Equal(["persian", "arabic"], UserNames(await ListAsync(org, 0, "علي")));
        Assert.Equal(["persian", "arabic"], UserNames(await ListAsync(org, 0, "کاظمی")));
        Assert.Equal(["persian"], UserNames(await ListAsync(org, 0, "۰۹۱۲")));
        Assert.Equal(["arabic"], UserNames(await ListAsync(org, 0, "٠٩٣٠")));
        Assert.Equal(["arabic"], UserNames(await ListAsync(org, 0, "0930")));
    }

    [Fact]
    public async Task FilterWildcardsAreLiteralAndAMatchNeverSpansTwoFields()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "a_b", new Dictionary<string, object?> { ["firstname"] = "سام", ["lastname"] = "نیک" });
        await Api.PostUserAsync(org, "axb", new Dictionary<string, object?> { ["firstname"] = "سا", ["lastname"] = "منیک" });

        Assert.Equal(["a_b"], UserNames(await ListAsync(org, 0, "a_b")));
        Assert.Empty(UserNames(await ListAsync(org, 0, "%")));
        Assert.Equal(["a_b"], UserNames(await ListAsync(org, 0, "سام")));
    }

    [Fact]
    public async Task NumericFilterSentAsANumberIsUsed()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "numeric", new Dictionary<string, object?> { ["cell"] = "09127777777" });
        await Api.PostUserAsync(org, "other", new Dictionary<string, object?> { ["cell"] = "09120000000" });

        Assert.Equal(["numeric"], UserNames(await ListAsync(org, 0, 7777)));
    }
}
