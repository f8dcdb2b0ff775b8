namespace Kelas.Skyroom.Entry;

/// <summary>
/// What a person is told when they cannot enter or must leave, in Persian (the default) or English. Short, plain
/// sentences that say what happened and, where there is one, what to do next.
/// </summary>
internal static class EntryTexts
{
    public static string Title(EntryRefusal refusal, EntryLanguage language) => language.IsPersian
        ? refusal switch
        {
            EntryRefusal.RoomNotFound => "اتاق پیدا نشد",
            EntryRefusal.TokenExpired => "لینک ورود منقضی شده است",
            EntryRefusal.TokenInvalid or EntryRefusal.TicketInvalid => "لینک ورود معتبر نیست",
            EntryRefusal.Removed => "شما از اتاق خارج شدید",
            EntryRefusal.SessionEnded or EntryRefusal.SessionOver => "جلسه به پایان رسید",
            EntryRefusal.TimeLimitService or EntryRefusal.TimeLimitRoom or EntryRefusal.TimeLimitUser => "زمان مجاز به پایان رسید",
            EntryRefusal.WrongCredentials or EntryRefusal.TooManyAttempts or EntryRefusal.NicknameInvalid => "ورود ناموفق بود",
            _ => "ورود به اتاق ممکن نیست",
        }
        : refusal switch
        {
            EntryRefusal.RoomNotFound => "Room not found",
            EntryRefusal.TokenExpired => "This login link has expired",
            EntryRefusal.TokenInvalid or EntryRefusal.TicketInvalid => "This login link is not valid",
            EntryRefusal.Removed => "You were removed from the room",
            EntryRefusal.SessionEnded or EntryRefusal.SessionOver => "The session has ended",
            EntryRefusal.TimeLimitService or EntryRefusal.TimeLimitRoom or EntryRefusal.TimeLimitUser => "Time is up",
            EntryRefusal.WrongCredentials or EntryRefusal.TooManyAttempts or EntryRefusal.NicknameInvalid => "Could not sign in",
            _ => "You cannot enter this room",
        };

    public static string Message(EntryRefusal refusal, EntryLanguage language) => language.IsPersian ? Persian(refusal) : English(refusal);

    private static string Persian(EntryRefusal refusal) => refusal switch
    {
        EntryRefusal.RoomNotFound => "اتاقی با این نشانی وجود ندارد. نشانی را بررسی کنید.",
        EntryRefusal.AccountDisabled => "حساب برگزارکننده این اتاق غیرفعال است.",
        EntryRefusal.RoomDisabled => "این اتاق غیرفعال است.",
        EntryRefusal.ServiceDisabled => "سرویس این اتاق غیرفعال است.",
        EntryRefusal.ServiceNotStarted => "سرویس این اتاق هنوز شروع نشده است.",
        EntryRefusal.ServiceEnded => "مدت سرویس این اتاق به پایان رسیده است.",
        EntryRefusal.ServiceFull => "ظرفیت کاربران آنلاین این سرویس تکمیل است. کمی بعد دوباره تلاش کنید.",
        EntryRefusal.RoomFull => "ظرفیت این اتاق تکمیل است. کمی بعد دوباره تلاش کنید.",
        EntryRefusal.GuestsNotAllowed => "ورود میهمان به این اتاق مجاز نیست.",
        EntryRefusal.GuestsFull => "ظرفیت میهمانان این اتاق تکمیل است.",
        EntryRefusal.TokenInvalid => "این لینک ورود معتبر نیست یا برای این اتاق ساخته نشده است.",
        EntryRefusal.TokenExpired => "مهلت استفاده از این لینک ورود تمام شده است. لینک تازه‌ای بگیرید.",
        EntryRefusal.TokenConcurrent => "با این لینک ورود، حداکثر تعداد مجاز نفرات هم‌اکنون در اتاق هستند. اگر در زبانهٔ دیگری وارد شده‌اید، از همان استفاده کنید.",
        EntryRefusal.UserConcurrent => "با این حساب کاربری، حداکثر تعداد مجاز ورود همزمان انجام شده است. اگر در زبانهٔ دیگری وارد شده‌اید، از همان استفاده کنید.",
        EntryRefusal.UserDisabled => "حساب کاربری شما غیرفعال است.",
        EntryRefusal.UserExpired => "اعتبار حساب کاربری شما به پایان رسیده است.",
        EntryRefusal.NoAccess => "شما به این اتاق دسترسی ندارید.",
        EntryRefusal.WrongCredentials => "نام کاربری یا گذرواژه درست نیست.",
        EntryRefusal.TooManyAttempts => "تلاش‌های ناموفق زیادی انجام شده است. یک دقیقه دیگر دوباره تلاش کنید.",
        EntryRefusal.NicknameInvalid => "یک نام نمایشی تا ۶۴ حرف وارد کنید.",
        EntryRefusal.TimeLimitService => "زمان مجاز سرویس این اتاق به پایان رسیده است.",
        EntryRefusal.TimeLimitRoom => "زمان مجاز این اتاق به پایان رسیده است.",
        EntryRefusal.TimeLimitUser => "زمان مجاز حساب کاربری شما به پایان رسیده است.",
        EntryRefusal.SessionOver => "مدت مجاز این جلسه به پایان رسیده است.",
        EntryRefusal.Removed => "اپراتور شما را از اتاق خارج کرد.",
        EntryRefusal.SessionEnded => "اپراتور جلسه را به پایان رساند.",
        EntryRefusal.TicketInvalid => "نشست ورود شما معتبر نیست. دوباره از لینک ورود استفاده کنید.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    private static string English(EntryRefusal refusal) => refusal switch
    {
        EntryRefusal.RoomNotFound => "There is no room at this address. Check the link.",
        EntryRefusal.AccountDisabled => "The organiser's account for this room is disabled.",
        EntryRefusal.RoomDisabled => "This room is disabled.",
        EntryRefusal.ServiceDisabled => "This room's service is disabled.",
        EntryRefusal.ServiceNotStarted => "This room's service has not started yet.",
        EntryRefusal.ServiceEnded => "This room's service has ended.",
        EntryRefusal.ServiceFull => "This service has reached its limit of people online. Try again a little later.",
        EntryRefusal.RoomFull => "This room is full. Try again a little later.",
        EntryRefusal.GuestsNotAllowed => "Guests may not enter this room.",
        EntryRefusal.GuestsFull => "This room has reached its limit of guests.",
        EntryRefusal.TokenInvalid => "This login link is not valid, or was not made for this room.",
        EntryRefusal.TokenExpired => "This login link can no longer be used. Ask for a new one.",
        EntryRefusal.TokenConcurrent => "As many people as this link allows are already in the room with it. If you entered in another tab, use that one.",
        EntryRefusal.UserConcurrent => "This account is already in use as many times as it allows. If you entered in another tab, use that one.",
        EntryRefusal.UserDisabled => "Your account is disabled.",
        EntryRefusal.UserExpired => "Your account has expired.",
        EntryRefusal.NoAccess => "You do not have access to this room.",
        EntryRefusal.WrongCredentials => "The username or password is not correct.",
        EntryRefusal.TooManyAttempts => "Too many failed attempts. Try again in a minute.",
        EntryRefusal.NicknameInvalid => "Enter a display name of up to 64 characters.",
        EntryRefusal.TimeLimitService => "This room's service has used all of its time.",
        EntryRefusal.TimeLimitRoom => "This room has used all of its time.",
        EntryRefusal.TimeLimitUser => "Your account has used all of its time.",
        EntryRefusal.SessionOver => "This session has reached its maximum length.",
        EntryRefusal.Removed => "An operator removed you from the room.",
        EntryRefusal.SessionEnded => "An operator ended the session.",
        EntryRefusal.TicketInvalid => "Your entry is no longer valid. Open your login link again.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    /// <summary>The warning shown before a limit removes people: "about N minutes left".</summary>
    public static string Warning(EntryRefusal limit, long secondsLeft, EntryLanguage language)
    {
        var minutes = Math.Max(1, (secondsLeft + 59) / 60);
        var englishMinutes = minutes == 1 ? "1 minute" : $"{minutes} minutes";
        return language.IsPersian
            ? limit switch
            {
                EntryRefusal.SessionOver => $"حدود {language.Number(minutes)} دقیقه تا پایان مدت مجاز این جلسه باقی مانده است.",
                EntryRefusal.ServiceEnded => $"حدود {language.Number(minutes)} دقیقه تا پایان مدت سرویس باقی مانده است.",
                EntryRefusal.UserExpired => $"حدود {language.Number(minutes)} دقیقه تا پایان اعتبار حساب شما باقی مانده است.",
                _ => $"حدود {language.Number(minutes)} دقیقه از زمان مجاز باقی مانده است.",
            }
            : limit switch
            {
                EntryRefusal.SessionOver => $"About {englishMinutes} left before this session reaches its maximum length.",
                EntryRefusal.ServiceEnded => $"About {englishMinutes} left before the service ends.",
                EntryRefusal.UserExpired => $"About {englishMinutes} left before your account expires.",
                _ => $"About {englishMinutes} of allowed time left.",
            };
    }
}
