namespace Kelas.Skyroom.Services;

internal sealed record ServiceResponse(
    long Id,
    string Title,
    int Status,
    int UserLimit,
    int VideoLimit,
    long? TimeLimit,
    long TimeUsage,
    long TimeTotal,
    long? StartTime,
    long? StopTime,
    long CreateTime,
    long UpdateTime);
