namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>A fact that needs the real data sets (never committed): skipped, saying so, when they are not installed.</summary>
internal sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (RealDataSets.Paths is null)
        {
            Skip = "The real analytics data sets are not installed: run scripts/install-datasets.sh (or set KELAS_DATASETS_DIR to an npm prefix holding them).";
        }
    }
}
