using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Kelas.Core.Commands;

/// <summary>
/// Output conventions of every operator command: with <c>--json</c> exactly one JSON object on stdout;
/// errors on stderr with exit code 1.
/// </summary>
public static class CommandOutput
{
    public const int Failure = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    };

    public static void Json<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static int Error(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return Failure;
    }

    /// <summary>Writes rows as an aligned text table (for humans; scripts use --json).</summary>
    public static void Table(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in all)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }
}
