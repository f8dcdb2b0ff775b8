using Kelas.Core.Http;
using Microsoft.AspNetCore.Http;

namespace Kelas.Abrish.Wire;

/// <summary>
/// Reads <c>params</c> and <c>checksum</c> from a urlencoded or multipart form (what PHP's curl sends for a string or
/// an array of POST fields). Null when the body cannot be read or is over the cap.
/// </summary>
internal static class ServiceRequestReader
{
    public sealed record Fields(string? Params, string? Checksum);

    public static async Task<Fields?> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken) =>
        await BoundedRequests.ReadFormAsync(request, maxBodyBytes, maxValues: 1_000, cancellationToken) is { } form
            ? new Fields(First(form, "params"), First(form, "checksum"))
            : null;

    private static string? First(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
