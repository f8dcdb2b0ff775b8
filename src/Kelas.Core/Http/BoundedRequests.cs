using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kelas.Core.Http;

/// <summary>Reading request bodies with a cap, so an oversized body is refused as soon as it passes the cap.</summary>
public static class BoundedRequests
{
    /// <summary>Caps the body the server will read; false when its declared length is already over the cap.</summary>
    public static bool LimitBody(HttpRequest request, int maxBodyBytes)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return false;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        return true;
    }

    /// <summary>
    /// A urlencoded or multipart form, read with <see cref="LimitBody"/> and every value capped as well; null when it
    /// is over the cap or cannot be read (a broken form, a body cut short).
    /// </summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, int maxBodyBytes, int maxValues, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || !LimitBody(request, maxBodyBytes))
        {
            return null;
        }

        try
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                ValueLengthLimit = maxBodyBytes,
                MultipartBodyLengthLimit = maxBodyBytes,
                KeyLengthLimit = 1024,
                ValueCountLimit = maxValues,
            }));
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException or IOException)
        {
            return null;
        }
    }
}
