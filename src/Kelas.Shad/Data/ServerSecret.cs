namespace Kelas.Shad.Data;

/// <summary>A secret shared by every instance on the database (the token signing key).</summary>
internal sealed class ServerSecret
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
