using Microsoft.Playwright;

namespace Kelas.Browser.Tests.Lane;

/// <summary>Pictures of key states for a person to look at: <c>artifacts/screenshots/{scenario}.{language}.png</c>.</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string scenario, string language)
    {
        var directory = BrowserLane.ScreenshotsDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{scenario}.{language}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0, $"empty screenshot {path}");
        return path;
    }
}
