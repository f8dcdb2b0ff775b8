using System.Globalization;
using Kelas.Core.RateLimiting;
using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Skyroom;

/// <summary>
/// <c>POST /skyroom/api/{apiKey}</c>: key → account, rate limit, body → action and params, dispatch, envelope.
/// Every outcome but the rate limit is HTTP 200 with the envelope; nothing escapes as a bare 500.
/// </summary>
internal static partial class SkyroomApi
{
    private const string QuotaScope = "skyroom";

    public static IEndpointRouteBuilder MapSkyroomApi(this IEndpointRouteBuilder app)
    {
        app.Map("/skyroom/api/{apiKey}", HandleAsync).WithName("SkyroomApi").ExcludeFromDescription();

        // A client with an empty key configured posts to the bare path: answer 11 in the envelope, not a 404.
        app.Map("/skyroom/api", (HttpContext http) =>
            SkyroomEnvelope.WriteErrorAsync(http.Response, SkyroomError.InvalidKey, http.RequestAborted)).ExcludeFromDescription();
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        string apiKey,
        SkyroomDbContext db,
        SkyroomActionTable actions,
        IRequestQuota quota,
        TimeProvider clock,
        IOptions<SkyroomOptions> options,
        ILogger<SkyroomActionContext> logger)
    {
        var aborted = http.RequestAborted;
        string? action = null;
        try
        {
            var account = await ResolveAccountAsync(db, apiKey, aborted);
            var decision = await quota.TryTakeAsync(QuotaScope, account.Id.ToString(CultureInfo.InvariantCulture), options.Value.RateLimitPerMinute, aborted);
            if (!decision.Allowed)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.Response.WriteAsync("Service Unavailable: too many requests for this key.", aborted);
                return;
            }

            if (!HttpMethods.IsPost(http.Request.Method))
            {
                throw SkyroomError.InvalidRequest.ToException();
            }

            var request = await SkyroomRequestReader.ReadAsync(http.Request, options.Value.MaxBodyBytes, aborted);
            action = request.Action;
            if (!actions.TryGet(request.Action, out var handler))
            {
                throw SkyroomError.UnknownAction.ToException();
            }

            var context = new SkyroomActionContext(http, db, account, request.Params, clock, options.Value);
            var result = await handler(context);
            await SkyroomEnvelope.WriteOkAsync(http.Response, result, aborted);
        }
        catch (SkyroomFailure failure) when (!http.Response.HasStarted)
        {
            await SkyroomEnvelope.WriteErrorAsync(http.Response, failure.Error, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted && exception is not OperationCanceledException)
        {
            LogUnexpected(logger, exception, action ?? "(none)");
            await SkyroomEnvelope.WriteErrorAsync(http.Response, SkyroomError.Failed, aborted);
        }
    }

    private static async Task<Account> ResolveAccountAsync(SkyroomDbContext db, string apiKey, CancellationToken cancellationToken)
    {
        if (!ApiKeys.HasValidShape(apiKey))
        {
            throw SkyroomError.InvalidKey.ToException();
        }

        var hash = ApiKeys.Hash(apiKey);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.KeyHash == hash, cancellationToken)
            ?? throw SkyroomError.InvalidKey.ToException();
        return account.Status == 1 ? account : throw SkyroomError.Disabled.ToException();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Skyroom action {Action} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string action);
}
