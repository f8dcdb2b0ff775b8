namespace Kelas.Browser.Tests.Lane;

/// <summary>A browser test with data (one run per language, say): skipped unless <see cref="BrowserLane.GateVariable"/> is <c>1</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserLane.Enabled)
        {
            Skip = BrowserLane.SkipReason;
        }
    }
}
