using Kelas.Bench;

return args.FirstOrDefault() switch
{
    "skyroom-lists" => await SkyroomListsBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Kelas.Bench -- skyroom-lists [--rooms N] [--users N] [--runs N]");
    return 2;
}
