namespace Kelas.Skyroom.Wire;

/// <summary>An application error as the live service reports it. Clients match on the Persian text: keep it exact.</summary>
internal readonly record struct SkyroomError(int Code, string Message)
{
    public static readonly SkyroomError Disabled = new(10, "وب\u200cسرویس غیرفعال است.");
    public static readonly SkyroomError InvalidKey = new(11, "کلید وب\u200cسرویس نامعتبر است.");
    public static readonly SkyroomError NotAllowed = new(12, "درخواست شما غیرمجاز است.");
    public static readonly SkyroomError InvalidRequest = new(13, "درخواست شما معتبر نیست.");
    public static readonly SkyroomError Failed = new(14, "درخواست شما با خطا روبرو شد.");
    public static readonly SkyroomError DuplicateRoom = new(14, "اتاقی با همین نام وجود دارد. از نام دیگری استفاده نمایید.");
    public static readonly SkyroomError DuplicateUsername = new(14, "نام کاربری تکراری است");
    public static readonly SkyroomError NoActiveService = new(14, "سرویس فعالی وجود ندارد.");
    public static readonly SkyroomError NotFound = new(15, "داده\u200c مورد نظر پیدا نشد.");
    public static readonly SkyroomError BodyTooLarge = new(13, "حجم درخواست بیش از حد مجاز است.");
    public static readonly SkyroomError UnknownAction = new(13, "تابع درخواست شده وجود ندارد.");
    public static readonly SkyroomError SeveralActiveServices = new(13, "چند سرویس فعال وجود دارد؛ شناسه سرویس را مشخص کنید.");

    /// <summary>Code 13 naming the parameter, in the live service's wording (e.g. «نام اتاق معتبر نیست.»).</summary>
    public static SkyroomError InvalidParam(string name) =>
        new(13, ParamLabels.TryGetValue(name, out var label) ? $"{label} معتبر نیست." : InvalidRequest.Message);

    public SkyroomFailure ToException() => new(this);

    private static readonly Dictionary<string, string> ParamLabels = new(StringComparer.Ordinal)
    {
        ["room_id"] = "شناسه اتاق",
        ["user_id"] = "شناسه کاربر",
        ["service_id"] = "شناسه سرویس",
        ["session_id"] = "شناسه نشست",
        ["name"] = "نام اتاق",
        ["title"] = "عنوان اتاق",
        ["description"] = "شرح اتاق",
        ["status"] = "وضعیت",
        ["guest_login"] = "ورود میهمان",
        ["guest_limit"] = "محدودیت تعداد میهمان",
        ["op_login_first"] = "ورود نخست اپراتور",
        ["max_users"] = "سقف تعداد کاربر",
        ["session_duration"] = "محدودیت طول نشست",
        ["time_limit"] = "محدودیت زمانی",
        ["username"] = "نام کاربری",
        ["password"] = "گذرواژه",
        ["nickname"] = "نام نمایشی",
        ["email"] = "آدرس ایمیل",
        ["fname"] = "نام",
        ["lname"] = "نام خانوادگی",
        ["gender"] = "جنسیت",
        ["is_public"] = "کاربر عمومی",
        ["concurrent"] = "محدودیت استفاده همزمان",
        ["expiry_date"] = "تاریخ انقضا",
        ["access"] = "سطح دسترسی",
        ["users"] = "فهرست کاربران",
        ["rooms"] = "فهرست اتاق\u200cها",
        ["language"] = "زبان",
        ["ttl"] = "مدت اعتبار لینک",
        ["relative"] = "نوع آدرس",
        ["action"] = "تابع",
        ["params"] = "پارامترها",
    };
}
