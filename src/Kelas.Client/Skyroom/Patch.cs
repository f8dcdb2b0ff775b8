using System.Text.Json.Serialization;
using Kelas.Client.Skyroom.Wire;

namespace Kelas.Client.Skyroom;

/// <summary>
/// One field of an update request that the service treats as "null means unlimited": leave it
/// unchanged (the default; the field is left out of the request), set a value, or set it back to
/// unlimited (sent as JSON <c>null</c>).
/// </summary>
/// <typeparam name="T">The field's value type.</typeparam>
/// <example>
/// <code>
/// new UpdateRoomRequest { MaxUsers = 50 };                          // set
/// new UpdateRoomRequest { MaxUsers = Patch&lt;int&gt;.Unlimited };      // back to unlimited
/// new UpdateRoomRequest { Title = "Algebra" };                       // MaxUsers left unchanged
/// </code>
/// </example>
[JsonConverter(typeof(PatchConverterFactory))]
public readonly record struct Patch<T>
    where T : struct
{
    private Patch(T? value)
    {
        IsSpecified = true;
        Value = value;
    }

    /// <summary>Leave the field as it is (the default value of this type).</summary>
    public static Patch<T> Unchanged => default;

    /// <summary>Remove the limit: the field is sent as JSON <c>null</c>.</summary>
    public static Patch<T> Unlimited => new(null);

    /// <summary>Whether the field is sent at all.</summary>
    public bool IsSpecified { get; }

    /// <summary>The value to set; <c>null</c> when unchanged or unlimited.</summary>
    public T? Value { get; }

    /// <summary>Whether the field is sent as <c>null</c>, removing the limit.</summary>
    public bool IsUnlimited => IsSpecified && Value is null;

    /// <summary>Sets <paramref name="value"/>, or removes the limit when it is <c>null</c>.</summary>
    /// <param name="value">The new value, <c>null</c> for unlimited.</param>
    /// <returns>A specified patch.</returns>
    public static Patch<T> Set(T? value) => new(value);

    /// <summary>Sets <paramref name="value"/>.</summary>
    /// <param name="value">The new value.</param>
    public static implicit operator Patch<T>(T value) => new(value);

    /// <summary>"unchanged", "unlimited" or the value.</summary>
    /// <returns>A short description for logs and test output.</returns>
    public override string ToString() => !IsSpecified ? "unchanged" : Value is null ? "unlimited" : Value.Value.ToString() ?? "";
}
