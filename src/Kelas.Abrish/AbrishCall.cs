using Kelas.Abrish.Data;
using Kelas.Abrish.Wire;

namespace Kelas.Abrish;

/// <summary>An authenticated call: its registrant, its params, and what handlers need.</summary>
internal sealed record AbrishCall(
    AbrishDbContext Db,
    Registrant Registrant,
    AbrishParams Params,
    TimeProvider Clock,
    AbrishOptions Options,
    CancellationToken CancellationToken);
