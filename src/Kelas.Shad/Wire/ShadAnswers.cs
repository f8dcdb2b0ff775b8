using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Kelas.Shad.Wire;

/// <summary>Every answer of the organizer API, with its real HTTP status and the envelope around it.</summary>
internal static class ShadAnswers
{
    public const string Success = "با موفقیت انجام شد";
    public const string WrongCredentials = "نام کاربری یا رمز عبور اشتباه است";
    public const string InvalidToken = "توکن نامعتبر است یا منقضی شده است";
    public const string InvalidApiKey = "کلید دسترسی نامعتبر است";
    public const string UserNotFound = "کاربر یافت نشد";
    public const string BadRequest = "درخواست نامعتبر است";
    public const string InternalError = "خطای داخلی سرور؛ دوباره تلاش کنید";
    public const string MethodNotAllowed = "این روش درخواست پشتیبانی نمی‌شود";
    public const string TooManyAttempts = "تعداد تلاش‌های ورود بیش از حد مجاز است؛ کمی بعد دوباره تلاش کنید";

    public static IResult Login(string token) =>
        Results.Json(new LoginEnvelope(token, true, "OK", StatusCodes.Status200OK, Success), ShadJsonContext.Wire.LoginEnvelope);

    public static IResult User(UserInfo user) =>
        Results.Json(new ShadEnvelope(user, true, StatusCodes.Status200OK, StatusCodes.Status200OK, Success), ShadJsonContext.Wire.ShadEnvelope);

    public static IResult Failure(int status, string description) =>
        Results.Json(new ShadEnvelope(null, false, status, status, description), ShadJsonContext.Wire.ShadEnvelope, statusCode: status);

    /// <summary>401 with the challenge a Bearer client expects.</summary>
    public static IResult Unauthorized(HttpContext http, string description, bool bearer)
    {
        if (bearer)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return Failure(StatusCodes.Status401Unauthorized, description);
    }

    public static IResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Failure(StatusCodes.Status429TooManyRequests, TooManyAttempts);
    }
}
