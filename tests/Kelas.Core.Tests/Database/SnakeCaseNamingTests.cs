using Kelas.Core.Database;

namespace Kelas.Core.Tests.Database;

public sealed class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("AccountId", "account_id")]
    [InlineData("OpLoginFirst", "op_login_first")]
    public void PropertyNamesBecomeSnakeCase(string property, string column) => Assert.Equal(column, SnakeCaseNaming.ToSnakeCase(property));
}
