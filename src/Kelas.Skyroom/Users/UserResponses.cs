using Kelas.Skyroom.Data;

namespace Kelas.Skyroom.Users;

internal sealed record UserSummaryResponse(long Id, string Username, string Nickname, int Status);

internal sealed record UserResponse(
    long Id,
    string Username,
    string Nickname,
    string? Email,
    string? Fname,
    string? Lname,
    int Gender,
    int Status,
    bool IsPublic,
    int Concurrent,
    long? TimeLimit,
    long TimeUsage,
    long TimeTotal,
    long? ExpiryDate,
    long CreateTime,
    long UpdateTime)
{
    public static UserResponse From(User u) => new(
        u.Id, u.Username, u.Nickname, u.Email, u.Fname, u.Lname, u.Gender, u.Status, u.IsPublic, u.Concurrent,
        u.TimeLimit, u.TimeUsage, u.TimeTotal, u.ExpiryDate, u.CreateTime, u.UpdateTime);
}

internal sealed record DeleteUsersResponse(int Success, int Failure);
