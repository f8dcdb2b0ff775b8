namespace Kelas.Testing;

/// <summary>The exact texts clients match on (NOTES.md §1), written out independently of the server's code.</summary>
public static class SkyroomMessages
{
    public const string Disabled = "وب\u200cسرویس غیرفعال است.";
    public const string InvalidKey = "کلید وب\u200cسرویس نامعتبر است.";
    public const string NotAllowed = "درخواست شما غیرمجاز است.";
    public const string InvalidRequest = "درخواست شما معتبر نیست.";
    public const string Failed = "درخواست شما با خطا روبرو شد.";
    public const string DuplicateRoom = "اتاقی با همین نام وجود دارد. از نام دیگری استفاده نمایید.";
    public const string DuplicateUsername = "نام کاربری تکراری است";
    public const string NotFound = "داده\u200c مورد نظر پیدا نشد.";
    public const string InvalidRoomName = "نام اتاق معتبر نیست.";
}
