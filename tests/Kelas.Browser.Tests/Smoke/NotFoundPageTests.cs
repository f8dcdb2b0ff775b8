using System.Text.RegularExpressions;
using Kelas.Browser.Tests.Lane;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.Smoke;

/// <summary>Proves the lane end to end on a page that needs no set-up: the short-link 404 page, in both languages.</summary>
public sealed partial class NotFoundPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task UnknownShortLinkShowsTheBilingualNotFoundPage()
    {
        var page = await fixture.NewPersonAsync("fa");
        try
        {
            var response = await page.GotoAsync(fixture.Server.Url("/l/does-not-exist"));

            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            await Expect(page.Locator("body")).ToContainTextAsync("این لینک کوتاه وجود ندارد");
            await Expect(page.Locator("body")).ToContainTextAsync("This short link does not exist");
            await Screenshots.SaveAsync(page, "short-link-not-found", "fa");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task TheServerAnswersOnLoopbackOnly()
    {
        Assert.Matches(LoopbackUrl(), fixture.Server.BaseAddress.ToString());
        var page = await fixture.NewPersonAsync("en");
        try
        {
            var response = await page.GotoAsync("/healthz");

            Assert.NotNull(response);
            Assert.True(response.Ok);
            await Expect(page.Locator("body")).ToHaveTextAsync("ok");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:[1-9][0-9]*/$")]
    private static partial Regex LoopbackUrl();
}
