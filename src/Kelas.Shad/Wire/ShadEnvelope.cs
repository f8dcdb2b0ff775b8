namespace Kelas.Shad.Wire;

/// <summary>The answer of ShadEvent and GetUserInfoByApiKey, and of every failure: <c>statusCode</c> is a number here.</summary>
internal sealed record ShadEnvelope(UserInfo? Data, bool Success, int StatusCode, int Code, string Description);

/// <summary>The login answer: the original writes <c>statusCode</c> as the string <c>"OK"</c> here, and only here.</summary>
internal sealed record LoginEnvelope(string Data, bool Success, string StatusCode, int Code, string Description);

/// <summary>The original's user fields, in its order. <c>nationalId</c> and <c>event</c> are always null.</summary>
internal sealed record UserInfo(
    long Id,
    string? NationalId,
    string HashedId,
    string? Name,
    string? Family,
    string? Event,
    string? ProvinceName,
    string Mobile,
    string? CourseStudy,
    string? DistrictName,
    int? FundamentalId,
    string? Role);

internal sealed record LaunchAnswer(string Url, string HashedId, long LandingId, long UserId);

internal sealed record LaunchError(string Error);
