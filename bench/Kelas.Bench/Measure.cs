using System.Diagnostics;

namespace Kelas.Bench;

internal static class Measure
{
    public sealed record Stats(double Median, double P95);

    /// <summary>Two warm-up calls, then <paramref name="runs"/> timed ones.</summary>
    public static async Task<Stats> RunAsync<T>(int runs, Func<Task<T>> run)
    {
        await run();
        await run();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Stats(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }
}
