namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>A fresh directory under the system's temp directory, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kelas-analytics-").FullName;

    public string Write(string relativePath, byte[] contents)
    {
        var path = Prepare(relativePath);
        File.WriteAllBytes(path, contents);
        return path;
    }

    public string Write(string relativePath, string contents)
    {
        var path = Prepare(relativePath);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string Prepare(string relativePath)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
