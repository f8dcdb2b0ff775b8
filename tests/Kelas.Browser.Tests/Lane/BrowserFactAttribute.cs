namespace Kelas.Browser.Tests.Lane;

/// <summary>A test that drives a real browser: skipped unless <see cref="BrowserLane.GateVariable"/> is <c>1</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserLane.Enabled)
        {
            Skip = BrowserLane.SkipReason;
        }
    }
}
