using System.Globalization;
using Kelas.Core.RateLimiting;
using Kelas.Shad.Data;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Kelas.Shad.Tokens;
using Kelas.Shad.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Shad;

/// <summary>
/// The organizer API under <c>/api/v1/</c> (NOTES.md §3): login, user info by token, user info by apiKey.
/// Real HTTP statuses (401, 404, 400, 429), each with the same envelope.
/// </summary>
internal static class ShadEventApi
{
    public const string LoginPath = "/api/v1/Account/login";
    public const string UserInfoPath = "/api/v1/ShadEvent";
    public const string UserInfoByApiKeyPath = "/api/v1/ShadEvent/GetUserInfoByApiKey";
    private const string LoginQuotaScope = "shad-login";

    public static IEndpointRouteBuilder MapShadEventApi(this IEndpointRouteBuilder app)
    {
        // Routing ignores case and matches with or without a trailing slash (a real client posts to account/login/).
        var api = app.MapGroup("").AddEndpointFilter(AnswerFailuresWithTheEnvelopeAsync);
        api.MapPost(LoginPath, LoginAsync);
        api.MapGet(UserInfoPath, GetUserInfoAsync);
        api.MapGet(UserInfoByApiKeyPath, GetUserInfoByApiKeyAsync);

        // Any other verb on these paths is a 405 in the envelope, not routing's bare answer.
        api.MapMethods(LoginPath, [HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
        api.MapMethods(UserInfoPath, [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
        api.MapMethods(UserInfoByApiKeyPath, [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
        return app;
    }

    /// <summary>An unexpected failure (the database down, say) is a 500 with the envelope, never a bare 500 or a stack trace.</summary>
    private static async ValueTask<object?> AnswerFailuresWithTheEnvelopeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShadEventApi))
                .LogError(exception, "Shad request {Path} failed", context.HttpContext.Request.Path);
            return ShadAnswers.Failure(StatusCodes.Status500InternalServerError, ShadAnswers.InternalError);
        }
    }

    private static IResult MethodNotAllowed(HttpContext http)
    {
        var login = http.Request.Path.StartsWithSegments(LoginPath, StringComparison.OrdinalIgnoreCase);
        http.Response.Headers.Allow = login ? HttpMethods.Post : HttpMethods.Get;
        return ShadAnswers.Failure(StatusCodes.Status405MethodNotAllowed, ShadAnswers.MethodNotAllowed);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, ShadDbContext db, TokenSigner tokens, IRequestQuota quota, IOptions<ShadOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = await LoginRequest.ReadAsync(http.Request, settings.MaxBodyBytes, cancellationToken);
        if (request is null)
        {
            return ShadAnswers.Failure(StatusCodes.Status400BadRequest, ShadAnswers.BadRequest);
        }

        var decision = await quota.TryTakeAsync(
            LoginQuotaScope, request.LandingId.ToString(CultureInfo.InvariantCulture), settings.LoginAttemptsPerMinute, cancellationToken);
        if (!decision.Allowed)
        {
            return ShadAnswers.TooMany(http, decision.RetryAfter);
        }

        var shadEvent = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.LandingId == request.LandingId, cancellationToken);
        var passwordMatches = PasswordHasher.Verify(request.Password, shadEvent?.PasswordHash);
        if (shadEvent is not { Enabled: true } || !passwordMatches || !ApiKeys.TextEquals(request.Username, shadEvent.Username))
        {
            return ShadAnswers.Unauthorized(http, ShadAnswers.WrongCredentials, bearer: false);
        }

        var token = await tokens.IssueAsync(
            shadEvent.Id, shadEvent.LandingId, shadEvent.TokenVersion, TimeSpan.FromMinutes(settings.TokenLifetimeMinutes), cancellationToken);
        return ShadAnswers.Login(token);
    }

    private static async Task<IResult> GetUserInfoAsync(HttpContext http, ShadDbContext db, TokenSigner tokens, CancellationToken cancellationToken)
    {
        var authorization = http.Request.Headers.Authorization.ToString().Trim();
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || await tokens.ValidateAsync(authorization[scheme.Length..].Trim(), cancellationToken) is not { } token)
        {
            return ShadAnswers.Unauthorized(http, ShadAnswers.InvalidToken, bearer: true);
        }

        var current = await db.Events.AsNoTracking()
            .AnyAsync(e => e.Id == token.EventId && e.LandingId == token.LandingId && e.Enabled && e.TokenVersion == token.Version, cancellationToken);
        if (!current)
        {
            return ShadAnswers.Unauthorized(http, ShadAnswers.InvalidToken, bearer: true);
        }

        return await AnswerUserAsync(db, token.EventId, http.Request.Query["UserHashId"], cancellationToken);
    }

    private static async Task<IResult> GetUserInfoByApiKeyAsync(HttpContext http, ShadDbContext db, CancellationToken cancellationToken)
    {
        var apiKey = http.Request.Headers["apiKey"].ToString().Trim();
        if (apiKey.Length == 0)
        {
            return ShadAnswers.Unauthorized(http, ShadAnswers.InvalidApiKey, bearer: false);
        }

        if (LoginRequest.ParseNumber(http.Request.Query["EventId"]) is not { } landingId)
        {
            return ShadAnswers.Failure(StatusCodes.Status400BadRequest, ShadAnswers.BadRequest);
        }

        var shadEvent = await db.Events.AsNoTracking()
            .Where(e => e.LandingId == landingId)
            .Select(e => new { e.Id, e.Enabled, e.ApiKeyHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (shadEvent is not { Enabled: true } || !ApiKeys.Matches(apiKey, shadEvent.ApiKeyHash))
        {
            return ShadAnswers.Unauthorized(http, ShadAnswers.InvalidApiKey, bearer: false);
        }

        return await AnswerUserAsync(db, shadEvent.Id, http.Request.Query["UserHashId"], cancellationToken);
    }

    private static async Task<IResult> AnswerUserAsync(ShadDbContext db, long eventId, string? userHashId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userHashId))
        {
            return ShadAnswers.Failure(StatusCodes.Status400BadRequest, ShadAnswers.BadRequest);
        }

        if (!PairwiseIds.TryNormalize(userHashId, out var hashedId))
        {
            return ShadAnswers.Failure(StatusCodes.Status404NotFound, ShadAnswers.UserNotFound);
        }

        var user = await db.EventUsers.AsNoTracking()
            .Where(e => e.EventId == eventId && e.HashedId == hashedId)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => u)
            .FirstOrDefaultAsync(cancellationToken);
        return user is null
            ? ShadAnswers.Failure(StatusCodes.Status404NotFound, ShadAnswers.UserNotFound)
            : ShadAnswers.User(ToWire(user, hashedId));
    }

    /// <summary>The national id is never disclosed; an unverified user is answered with id, hashedId and mobile only.</summary>
    internal static UserInfo ToWire(DirectoryUser user, string hashedId) => user.Verified
        ? new UserInfo(user.Id, null, hashedId, user.Name, user.Family, null, user.ProvinceName, user.Mobile, user.CourseStudy, user.DistrictName, user.FundamentalId, user.Role)
        : new UserInfo(user.Id, null, hashedId, null, null, null, null, user.Mobile, null, null, null, null);
}
