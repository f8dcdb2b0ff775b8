namespace Kelas.Abrish.Wire;

/// <summary>The Persian error and success messages (clients show them to people; tests match them exactly).</summary>
internal static class AbrishMessages
{
    public const string PostOnly = "درخواست باید با روش POST ارسال شود";
    public const string InvalidParams = "پارامتر params ارسال نشده یا قالب JSON آن نامعتبر است";
    public const string AuthenticationFailed = "نام کاربری سرویس یا checksum نامعتبر است";
    public const string InvalidTimestamp = "زمان درخواست (timestamp) نامعتبر است یا منقضی شده است";
    public const string InvalidNonce = "مقدار nonce نامعتبر است";
    public const string Replayed = "این درخواست قبلا ارسال شده است";
    public const string UnknownModule = "ماژول درخواست شده وجود ندارد";
    public const string UnknownAction = "تابع درخواست شده وجود ندارد";
    public const string OrganizationNotFound = "سازمان مورد نظر یافت نشد";
    public const string OrganizationNameRequired = "نام سازمان را وارد نمایید";
    public const string OrganizationNameTooLong = "نام سازمان نباید بیش از ۱۰۰ کاراکتر باشد";
    public const string OrganizationRenamed = "نام سازمان با موفقیت تغییر یافت";
    public const string InvalidPage = "شماره صفحه نامعتبر است";
    public const string OrganizationTimedOut = "اعتبار سازمان به پایان رسیده است و امکان تعریف کاربر جدید وجود ندارد";
    public const string OrganizationFull = "تعداد کاربران سازمان به حداکثر مجاز رسیده است";
    public const string InvalidUserId = "شناسه کاربر نامعتبر است";
    public const string UserNotFound = "کاربر مورد نظر در این سازمان یافت نشد";
    public const string FirstNameRequired = "نام را وارد نمایید";
    public const string FirstNameTooLong = "نام نباید بیش از ۵۰ کاراکتر باشد";
    public const string LastNameRequired = "نام خانوادگی را وارد نمایید";
    public const string LastNameTooLong = "نام خانوادگی نباید بیش از ۵۰ کاراکتر باشد";
    public const string UserNameRequired = "نام کاربری را وارد نمایید";
    public const string UserNameTooLong = "نام کاربری نباید بیش از ۱۶ کاراکتر باشد";
    public const string UserNameInvalid = "نام کاربری نباید فاصله یا نویسه کنترلی داشته باشد";
    public const string UserNameTaken = "این نام کاربری قبلا در این سازمان ثبت شده است";
    public const string InvalidGender = "جنسیت نامعتبر است (۱: مرد، ۲: زن)";
    public const string InvalidSpecialAccess = "وضعیت دسترسی ویژه نامعتبر است (۰ یا ۱)";
    public const string InvalidIsEnable = "وضعیت فعال بودن کاربر نامعتبر است (۰ یا ۱)";
    public const string InvalidBirthDate = "تاریخ تولد نامعتبر است؛ قالب درست yyyy/mm/dd هجری شمسی است";
    public const string InvalidCell = "شماره همراه نامعتبر است";
    public const string PasswordRequired = "کلمه عبور را وارد نمایید";
    public const string PasswordTooLong = "کلمه عبور نباید بیش از ۱۲۸ کاراکتر باشد";
    public const string ServerError = "خطای داخلی سرور؛ لطفا دوباره تلاش کنید";
}
