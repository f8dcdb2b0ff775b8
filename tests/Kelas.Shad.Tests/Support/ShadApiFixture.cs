namespace Kelas.Shad.Tests.Support;

/// <summary>One in-process server for a test class; every test makes its own events, so tests do not meet.</summary>
public sealed class ShadApiFixture : IDisposable
{
    private static long nextUserId = 900_000;

    public KelasFactory Factory { get; } = new();

    public static long NewUserId() => Interlocked.Increment(ref nextUserId);

    public void Dispose() => Factory.Dispose();
}
