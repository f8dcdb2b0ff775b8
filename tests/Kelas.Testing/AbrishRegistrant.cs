namespace Kelas.Testing;

/// <summary>A registrant as the command line prints it: register name (serviceusername) and APIKey.</summary>
public sealed record AbrishRegistrant(long Id, string Name, string ApiKey);
