namespace Kelas.Skyroom.Tests;

/// <summary>The code-13 messages that name a parameter (the live service's wording), written out independently of the server.</summary>
internal static class ParamMessages
{
    public const string RoomId = "شناسه اتاق معتبر نیست.";
    public const string UserId = "شناسه کاربر معتبر نیست.";
    public const string ServiceId = "شناسه سرویس معتبر نیست.";
    public const string SessionId = "شناسه نشست معتبر نیست.";
    public const string RoomName = SkyroomMessages.InvalidRoomName;
    public const string Title = "عنوان اتاق معتبر نیست.";
    public const string Description = "شرح اتاق معتبر نیست.";
    public const string Status = "وضعیت معتبر نیست.";
    public const string GuestLogin = "ورود میهمان معتبر نیست.";
    public const string GuestLimit = "محدودیت تعداد میهمان معتبر نیست.";
    public const string OpLoginFirst = "ورود نخست اپراتور معتبر نیست.";
    public const string MaxUsers = "سقف تعداد کاربر معتبر نیست.";
    public const string SessionDuration = "محدودیت طول نشست معتبر نیست.";
    public const string TimeLimit = "محدودیت زمانی معتبر نیست.";
    public const string Username = "نام کاربری معتبر نیست.";
    public const string Password = "گذرواژه معتبر نیست.";
    public const string Nickname = "نام نمایشی معتبر نیست.";
    public const string Email = "آدرس ایمیل معتبر نیست.";
    public const string Fname = "نام معتبر نیست.";
    public const string Lname = "نام خانوادگی معتبر نیست.";
    public const string Gender = "جنسیت معتبر نیست.";
    public const string IsPublic = "کاربر عمومی معتبر نیست.";
    public const string Concurrent = "محدودیت استفاده همزمان معتبر نیست.";
    public const string ExpiryDate = "تاریخ انقضا معتبر نیست.";
    public const string Access = "سطح دسترسی معتبر نیست.";
    public const string Users = "فهرست کاربران معتبر نیست.";
    public const string Rooms = "فهرست اتاق\u200cها معتبر نیست.";
    public const string Language = "زبان معتبر نیست.";
    public const string Ttl = "مدت اعتبار لینک معتبر نیست.";
    public const string Relative = "نوع آدرس معتبر نیست.";
    public const string Params = "پارامترها معتبر نیست.";

    public const string UnknownAction = "تابع درخواست شده وجود ندارد.";
    public const string BodyTooLarge = "حجم درخواست بیش از حد مجاز است.";
    public const string NoActiveService = "سرویس فعالی وجود ندارد.";
    public const string SeveralActiveServices = "چند سرویس فعال وجود دارد؛ شناسه سرویس را مشخص کنید.";
}
