using System.Collections.Frozen;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// Why someone may not enter, or may no longer stay in, a room. The snake_case <see cref="EntryRefusals.Code"/> is what
/// pages (<c>data-reason</c>) and the room socket (<c>reason</c>) carry; the text is <see cref="EntryTexts"/>.
/// </summary>
internal enum EntryRefusal
{
    RoomNotFound,
    AccountDisabled,
    RoomDisabled,
    ServiceDisabled,
    ServiceNotStarted,
    ServiceEnded,
    ServiceFull,
    RoomFull,
    GuestsNotAllowed,
    GuestsFull,
    TokenInvalid,
    TokenExpired,
    TokenConcurrent,
    UserConcurrent,
    UserDisabled,
    UserExpired,
    NoAccess,
    WrongCredentials,
    TooManyAttempts,
    NicknameInvalid,
    TimeLimitService,
    TimeLimitRoom,
    TimeLimitUser,
    SessionOver,
    Removed,
    SessionEnded,
    TicketInvalid,
}

internal static class EntryRefusals
{
    private static readonly FrozenDictionary<string, EntryRefusal> ByCode =
        Enum.GetValues<EntryRefusal>().ToFrozenDictionary(r => r.Code(), StringComparer.Ordinal);

    /// <summary>The refusal a wire code names (as carried between instances); null for an unknown code.</summary>
    public static EntryRefusal? FromCode(string? code) => code is not null && ByCode.TryGetValue(code, out var refusal) ? refusal : null;

    /// <summary>The wire name: <c>room_full</c>, <c>token_expired</c> …</summary>
    public static string Code(this EntryRefusal refusal) => refusal switch
    {
        EntryRefusal.RoomNotFound => "room_not_found",
        EntryRefusal.AccountDisabled => "account_disabled",
        EntryRefusal.RoomDisabled => "room_disabled",
        EntryRefusal.ServiceDisabled => "service_disabled",
        EntryRefusal.ServiceNotStarted => "service_not_started",
        EntryRefusal.ServiceEnded => "service_ended",
        EntryRefusal.ServiceFull => "service_full",
        EntryRefusal.RoomFull => "room_full",
        EntryRefusal.GuestsNotAllowed => "guests_not_allowed",
        EntryRefusal.GuestsFull => "guests_full",
        EntryRefusal.TokenInvalid => "token_invalid",
        EntryRefusal.TokenExpired => "token_expired",
        EntryRefusal.TokenConcurrent => "token_concurrent",
        EntryRefusal.UserConcurrent => "user_concurrent",
        EntryRefusal.UserDisabled => "user_disabled",
        EntryRefusal.UserExpired => "user_expired",
        EntryRefusal.NoAccess => "no_access",
        EntryRefusal.WrongCredentials => "wrong_credentials",
        EntryRefusal.TooManyAttempts => "too_many_attempts",
        EntryRefusal.NicknameInvalid => "nickname_invalid",
        EntryRefusal.TimeLimitService => "time_limit_service",
        EntryRefusal.TimeLimitRoom => "time_limit_room",
        EntryRefusal.TimeLimitUser => "time_limit_user",
        EntryRefusal.SessionOver => "session_over",
        EntryRefusal.Removed => "removed",
        EntryRefusal.SessionEnded => "session_ended",
        EntryRefusal.TicketInvalid => "ticket_invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    /// <summary>The HTTP status of a refusal page.</summary>
    public static int HttpStatus(this EntryRefusal refusal) => refusal switch
    {
        EntryRefusal.RoomNotFound => 404,
        EntryRefusal.TokenInvalid or EntryRefusal.WrongCredentials or EntryRefusal.TicketInvalid => 401,
        EntryRefusal.TooManyAttempts => 429,
        EntryRefusal.NicknameInvalid => 400,
        _ => 403,
    };
}
