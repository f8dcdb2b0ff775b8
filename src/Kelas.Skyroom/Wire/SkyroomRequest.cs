namespace Kelas.Skyroom.Wire;

internal sealed record SkyroomRequest(string Action, SkyroomParams Params);
