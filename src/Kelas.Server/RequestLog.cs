using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Kelas.Server;

/// <summary>
/// One line per request, with secrets kept out: the query string is never logged (POD sends tokens there) and
/// a Skyroom key in the path keeps only its public head (<c>apikey-12-…</c>), and a login link's token is cut out. ASP.NET Core's own request logs,
/// which would print the full path, stay at Warning.
/// </summary>
internal static partial class RequestLog
{
    public static IApplicationBuilder UseKelasRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kelas.Requests");
        return app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next(context);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                LogRequest(logger, context.Request.Method, Redact(context.Request.Path.Value ?? "/"), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    public static string Redact(string path) =>
        LoginTokenPattern().Replace(KeyPattern().Replace(path, match => match.Groups["head"].Value + "…"), "/t/…");

    /// <summary>A room's login link carries its token in the path: <c>/ch/{account}/{room}/t/{token}</c>.</summary>
    [GeneratedRegex("(?<=^/ch/[^/]+/[^/]+)/t/[^/]+", RegexOptions.CultureInvariant)]
    private static partial Regex LoginTokenPattern();

    [GeneratedRegex("(?<head>apikey-[0-9]+-)[0-9a-f-]+", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} → {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
