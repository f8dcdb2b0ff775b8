using Microsoft.Extensions.Logging;

namespace Kelas.Client.Http;

internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "{Service} request to {Endpoint} failed on attempt {Attempt} of {Attempts}: {Failure}. Retrying in {Delay}.")]
    public static partial void RetryingAfterTransportFailure(
        ILogger logger, string service, string endpoint, int attempt, int attempts, string failure, TimeSpan delay);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "{Service} request to {Endpoint} failed on attempt {Attempt} of {Attempts}: {Failure}. Giving up.")]
    public static partial void TransportFailureGivingUp(
        ILogger logger, string service, string endpoint, int attempt, int attempts, string failure);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "{Service} at {Endpoint} answered HTTP 503 on attempt {Attempt} of {Attempts}. Retrying in {Delay}.")]
    public static partial void RetryingAfterServiceUnavailable(
        ILogger logger, string service, string endpoint, int attempt, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "{Service} at {Endpoint} answered HTTP 503 on attempt {Attempt} of {Attempts}. Giving up.")]
    public static partial void ServiceUnavailableGivingUp(
        ILogger logger, string service, string endpoint, int attempt, int attempts);
}
