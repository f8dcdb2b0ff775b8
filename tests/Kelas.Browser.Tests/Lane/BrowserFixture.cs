using Microsoft.Playwright;

namespace Kelas.Browser.Tests.Lane;

/// <summary>
/// One live server and one Chromium per fixture (a test class's, or a collection's such as room entry's). Tests open
/// their own browser contexts (one per person), so cookies and storage never leak between people or tests. Nothing
/// starts when the lane is off; with the lane on, a missing Chromium fails the tests rather than skipping them.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private LiveKelasServer? server;

    public LiveKelasServer Server => server ?? throw new InvalidOperationException("the browser lane is off");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser lane is off");

    /// <summary>Configuration on top of <see cref="KelasFactory"/>'s defaults, for fixtures that need more.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Skyroom:RateLimitPerMinute"] = "1000000",
    };

    public virtual async Task InitializeAsync()
    {
        if (!BrowserLane.Enabled)
        {
            return;
        }

        var chromium = BrowserLane.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"{BrowserLane.GateVariable}=1 but there is no Chromium at {chromium}: install Debian's (apt-get install chromium) or set {BrowserLane.ChromiumVariable}");
        }

        server = new LiveKelasServer(Settings);
        server.Start();

        Assertions.SetDefaultExpectTimeout(BrowserLane.TimeoutMs);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            Timeout = 60_000,
        });
    }

    /// <summary>A new person: a browser context of its own with the page's language, and one page in it.</summary>
    public async Task<IPage> NewPersonAsync(string language = "fa")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = language == "fa" ? "fa-IR" : "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            BaseURL = Server.BaseAddress.ToString(),
        });
        context.SetDefaultTimeout(BrowserLane.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserLane.TimeoutMs);
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
