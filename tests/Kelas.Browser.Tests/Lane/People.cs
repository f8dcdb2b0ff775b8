using Microsoft.Playwright;

namespace Kelas.Browser.Tests.Lane;

/// <summary>
/// The people of one test, each a browser context of their own; closes them all at the end. Uncaught script errors of
/// any of their pages are collected, so a test can assert the page's script never threw.
/// </summary>
public sealed class People(BrowserFixture fixture) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> scriptErrors = [];

    /// <summary>A new person (a new browser context, as a second computer would be) with one blank page.</summary>
    public async Task<IPage> NewAsync(string language)
    {
        var page = await fixture.NewPersonAsync(language);
        contexts.Add(page.Context);
        Watch(page);
        return page;
    }

    /// <summary>Another tab of the same person: same context, so same cookies and storage.</summary>
    public async Task<IPage> NewTabAsync(IPage of)
    {
        var page = await of.Context.NewPageAsync();
        Watch(page);
        return page;
    }

    public void AssertNoScriptErrors()
    {
        lock (scriptErrors)
        {
            Assert.True(scriptErrors.Count == 0, "the page's script threw:\n" + string.Join("\n", scriptErrors));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    private void Watch(IPage page) => page.PageError += (_, error) =>
    {
        lock (scriptErrors)
        {
            scriptErrors.Add($"{page.Url}: {error}");
        }
    };
}
