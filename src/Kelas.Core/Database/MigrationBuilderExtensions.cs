using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Kelas.Core.Database;

/// <summary>Helpers for hand-written migrations that must run on SQLite and PostgreSQL alike.</summary>
public static class MigrationBuilderExtensions
{
    /// <summary>Marks a key column as database-generated on both providers (each ignores the other's annotation).</summary>
    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
