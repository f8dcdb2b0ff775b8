namespace Kelas.Browser.Tests.Lane;

/// <summary>The switches of the browser lane, all from the environment, and where its files go.</summary>
public static class BrowserLane
{
    /// <summary>Set to <c>1</c> to run the browser tests; otherwise they are skipped (machines without Chromium stay green).</summary>
    public const string GateVariable = "KELAS_BROWSER_TESTS";

    /// <summary>The Chromium executable; Debian's by default. Playwright never downloads a browser here.</summary>
    public const string ChromiumVariable = "KELAS_CHROMIUM";

    /// <summary>Where screenshots go; <c>artifacts/screenshots/</c> at the repository's root by default.</summary>
    public const string ScreenshotsVariable = "KELAS_SCREENSHOTS";

    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Every wait on the page (auto-waiting assertions, navigations) gives up after this long.</summary>
    public const float TimeoutMs = 15_000;

    public static bool Enabled => Environment.GetEnvironmentVariable(GateVariable) == "1";

    public static string SkipReason => $"browser test: set {GateVariable}=1 to run it (scripts/browser-test.sh does)";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    public static string ScreenshotsDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Kelas.slnx")))
                {
                    return Path.Combine(directory.FullName, "artifacts", "screenshots");
                }
            }

            return Path.Combine(AppContext.BaseDirectory, "screenshots");
        }
    }
}
