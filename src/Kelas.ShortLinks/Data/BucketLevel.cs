namespace Kelas.ShortLinks.Data;

/// <summary>Bucket sizes, finest first; the numeric order is relied upon.</summary>
internal enum BucketLevel
{
    Minute = 0,
    Hour = 1,
    Day = 2,
    Month = 3,
}
