using System.Globalization;
using System.Text;
using Kelas.Core.Commands;
using Kelas.Shad.Data;
using Kelas.Shad.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Shad.Tests.Directory;

public sealed class UserImporterTests : IDisposable
{
    private const string Header = "id,national_id,name,family,mobile,province,district,course_study,fundamental_id,role,verified";
    private readonly KelasFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<UserImporter.Summary> ImportAsync(string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        using var stream = new MemoryStream(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserImporter>().ImportAsync(stream, null, CancellationToken.None);
    }

    private async Task<DirectoryUser?> UserAsync(long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShadDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
    }

    private static string Generated(int count, int firstId = 1, string name = "نام")
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = firstId; i < firstId + count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i},00{i},{name}{i},\"خانواده, {i}\",98912{i:D7},تهران,ناحیه ۱,متوسطه,{i % 7},student,{(i % 3 == 0 ? "false" : "true")}\n");
        }

        return csv.ToString();
    }

    [Fact]
    public async Task GeneratedFileIsImportedWithQuotedFieldsAndVerification()
    {
        var summary = await ImportAsync(Generated(12_000), bom: true);

        Assert.Equal((12_000, 12_000, 0, 0), (summary.Rows, summary.Imported, summary.Updated, summary.Rejected.Count));
        var user = await UserAsync(11_997);
        Assert.Equal("خانواده, 11997", user!.Family);
        Assert.Equal("989120011997", user.Mobile);
        Assert.Equal(11_997 % 7, user.FundamentalId);
        Assert.Equal("ناحیه ۱", user.DistrictName);
        Assert.False(user.Verified);
        Assert.True((await UserAsync(11_998))!.Verified);
    }

    [Fact]
    public async Task ReImportUpdatesExistingIdsAndAddsNewOnes()
    {
        await ImportAsync(Generated(100));

        var summary = await ImportAsync(Generated(100, firstId: 51, name: "تازه"));

        Assert.Equal((50, 50), (summary.Imported, summary.Updated));
        Assert.Equal("تازه60", (await UserAsync(60))!.Name);
        Assert.Equal("نام10", (await UserAsync(10))!.Name);
        Assert.NotNull(await UserAsync(150));
    }

    [Fact]
    public async Task MalformedRowsAreRejectedWithTheirLineNumbersAndTheRestImported()
    {
        var csv = Header + "\r\n"
            + "1,,علي,كريمي,989121234567,,,,,,true\r\n"
            + "x,,a,b,989121234567,,,,,,true\r\n"
            + "3,,a,b,98912,,,,,,true\r\n"
            + "4,,\"multi\nline\",b,989121234567,,,,,,false\r\n"
            + "5,,a,b,989121234567,,,,,,maybe\r\n"
            + "6,,a,b\r\n"
            + "7,,a,b,989121234567,,,,abc,,true\r\n"
            + "8,,a,b,۹۸۹۱۲۱۲۳۴۵۶۷,,,,,,1\r\n";

        var summary = await ImportAsync(csv);

        Assert.Equal(3, summary.Imported);
        Assert.Equal([3, 4, 7, 8, 9], summary.Rejected.Select(r => r.Line));
        Assert.Contains("id", summary.Rejected[0].Reason);
        Assert.Contains("mobile", summary.Rejected[1].Reason);
        Assert.Contains("verified", summary.Rejected[2].Reason);
        Assert.Contains("fields", summary.Rejected[3].Reason);
        Assert.Contains("fundamental_id", summary.Rejected[4].Reason);
        Assert.Equal("multi\nline", (await UserAsync(4))!.Name);
        Assert.Equal("989121234567", (await UserAsync(8))!.Mobile);
        Assert.Equal("علي", (await UserAsync(1))!.Name);
        Assert.Equal("كريمي", (await UserAsync(1))!.Family);
    }

    [Fact]
    public async Task ColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut()
    {
        var summary = await ImportAsync("verified,mobile,id\nyes,989121234567,77\n");

        Assert.Equal(1, summary.Imported);
        var user = await UserAsync(77);
        Assert.True(user!.Verified);
        Assert.Null(user.Name);
    }

    [Theory]
    [InlineData("id,name,verified\n1,a,true\n")]
    [InlineData("id,mobile,verified,colour\n1,989121234567,true,red\n")]
    [InlineData("")]
    public async Task HeaderWithoutARequiredColumnOrWithAnUnknownOneFailsTheImport(string csv)
    {
        await Assert.ThrowsAsync<OperatorException>(() => ImportAsync(csv));
    }

    [Fact]
    public async Task SameIdTwiceInOneFileKeepsTheLaterRow()
    {
        var summary = await ImportAsync(Header + "\n5,,first,,989121234567,,,,,,true\n5,,second,,989121234567,,,,,,true\n");

        Assert.Equal((1, 1), (summary.Imported, summary.Updated));
        Assert.Equal("second", (await UserAsync(5))!.Name);
    }
}
