using Kelas.Bench;

return args.FirstOrDefault() switch
{
    "skyroom-lists" => await SkyroomListsBenchmark.RunAsync(args.Skip(1).ToArray()),
    "shortlink-stats" => await ShortLinkBenchmark.StatisticsAsync(args.Skip(1).ToArray()),
    "shortlink-count" => await ShortLinkBenchmark.CountAsync(args.Skip(1).ToArray()),
    "analytics-datasets" => AnalyticsDataSetsBenchmark.Run(args.Skip(1).ToArray()),
    "room-entry" => await RoomEntryBenchmark.RunAsync(args.Skip(1).ToArray()),
    "floor-302" => await ShortLinkBenchmark.FloorAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet bench/Kelas.Bench/bin/Release/net10.0/Kelas.Bench.dll SCENARIO [options]
          skyroom-lists   [--rooms N] [--users N] [--runs N]
          shortlink-stats [--visits N] [--runs N]
          shortlink-count [--requests N] [--connections N]
          room-entry      [--people N] [--concurrency N] [--messages N] [--rounds N]
          analytics-datasets [--lookups N]  (needs ./scripts/install-datasets.sh)
          floor-302       [--port N]      (a fixed-302 Kestrel app: the floor for bench/redirects.sh)
        """);
    return 2;
}
