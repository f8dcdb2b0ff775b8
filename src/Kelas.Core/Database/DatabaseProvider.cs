namespace Kelas.Core.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
