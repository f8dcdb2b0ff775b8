using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kelas.Abrish.Wire;

/// <summary>
/// Reads <c>params</c> and <c>checksum</c> from a urlencoded or multipart form (what PHP's curl sends for a string or
/// an array of POST fields). Null when the body cannot be read or is over the cap.
/// </summary>
internal static class ServiceRequestReader
{
    public sealed record Fields(string? Params, string? Checksum);

    public static async Task<Fields?> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentLength > maxBodyBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        try
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                ValueLengthLimit = maxBodyBytes,
                MultipartBodyLengthLimit = maxBodyBytes,
                KeyLengthLimit = 1024,
                ValueCountLimit = 1_000,
            }));
            var form = await request.ReadFormAsync(cancellationToken);
            return new Fields(First(form, "params"), First(form, "checksum"));
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static string? First(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
