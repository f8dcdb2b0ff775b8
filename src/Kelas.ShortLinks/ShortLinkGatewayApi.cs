using System.Globalization;
using Kelas.Core.Text;
using Kelas.ShortLinks.Businesses;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Public;
using Kelas.ShortLinks.Visits;
using Kelas.ShortLinks.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks;

/// <summary>
/// The POD service-call gateway, <c>/srv/sc/nzh/doServiceCall</c>: credentials first (gateway errors), then the
/// service named by <c>scProductId</c> (service errors inside <c>result.result</c>).
/// </summary>
internal static partial class ShortLinkGatewayApi
{
    public const string Path = "/srv/sc/nzh/doServiceCall";

    public static IEndpointRouteBuilder MapShortLinkGateway(this IEndpointRouteBuilder app)
    {
        // Routing matches the path with or without a trailing slash.
        app.Map(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<ShortLinksOptions>>().Value;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            return PodEnvelope.Gateway(GatewayError.UnreadableRequest);
        }

        var fields = await GatewayRequestReader.ReadAsync(http.Request, options.MaxBodyBytes, cancellationToken);
        if (fields is null)
        {
            return PodEnvelope.Gateway(GatewayError.UnreadableRequest);
        }

        var token = http.Request.Headers["_token_"].FirstOrDefault() ?? fields.FirstIgnoringCase("_token_");
        if (!BusinessCredentials.TryNormalize(token?.Trim(), out var normalizedToken))
        {
            return PodEnvelope.Gateway(GatewayError.InvalidToken);
        }

        var db = services.GetRequiredService<ShortLinksDbContext>();
        var tokenHash = BusinessCredentials.Hash(normalizedToken);
        var business = await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.TokenHash == tokenHash, cancellationToken);
        if (business is not { Status: 1 })
        {
            return PodEnvelope.Gateway(GatewayError.InvalidToken);
        }

        var productText = fields.FirstIgnoringCase("scProductId")?.Trim();
        if (productText is null
            || !long.TryParse(PersianDigits.ToLatin(productText), NumberStyles.None, CultureInfo.InvariantCulture, out var product)
            || !ShortLinkServiceTable.Handlers.TryGetValue(product, out var handler))
        {
            return PodEnvelope.Gateway(GatewayError.UnknownProduct);
        }

        if (!BusinessCredentials.TryNormalize(fields.FirstIgnoringCase("scApiKey")?.Trim(), out var apiKey)
            || !BusinessCredentials.HashEquals(BusinessCredentials.Hash(apiKey), business.ApiKeyHash))
        {
            return PodEnvelope.Gateway(GatewayError.InvalidApiKey);
        }

        try
        {
            var call = new ShortLinkCall(
                http,
                db,
                business,
                ServiceParameters.From(fields),
                services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds(),
                services.GetRequiredService<ShortUrls>(),
                services.GetRequiredService<LinkCache>(),
                services.GetRequiredService<VisitQueue>());
            return PodEnvelope.Success(await handler(call, cancellationToken));
        }
        catch (ShortLinkFailure failure)
        {
            return PodEnvelope.Failure(failure.Error, failure.Parameter);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogServiceFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShortLinkGatewayApi)), exception, product);
            return PodEnvelope.Failure(ShortLinkError.Internal, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Short-link service {Product} failed")]
    private static partial void LogServiceFailed(ILogger logger, Exception exception, long product);
}
