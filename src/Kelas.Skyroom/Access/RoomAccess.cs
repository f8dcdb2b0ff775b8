using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Access;

internal static class RoomAccess
{
    /// <summary>The user's access level in the room's list (1–4), or null when the user is not on it.</summary>
    public static Task<int?> FindAsync(SkyroomDbContext db, long roomId, long userId, CancellationToken cancellationToken) =>
        db.RoomUsers.AsNoTracking()
            .Where(ru => ru.RoomId == roomId && ru.UserId == userId)
            .Select(ru => (int?)ru.Access)
            .FirstOrDefaultAsync(cancellationToken);
}
