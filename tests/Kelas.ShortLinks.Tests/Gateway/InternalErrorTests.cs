using Kelas.ShortLinks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.ShortLinks.Tests.Gateway;

/// <summary>An unexpected failure answers the original's 999 inside the envelope, never a bare 500 or a stack trace.</summary>
public sealed class InternalErrorTests : IAsyncLifetime
{
    private readonly KelasFactory factory = ShortLinkApiFixture.CreateFactory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DatabaseFailureAnswers999WithoutDetails()
    {
        var api = new ShortLinkWire(factory.CreateClient(), await factory.CreateShortLinkBusinessAsync());
        var hash = await api.AddAsync("https://example.com/broken");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShortLinksDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE shortlink_visit_counts");
        }

        var answer = await api.CallAsync(46414, new Dictionary<string, object?> { ["hash"] = hash });

        Assert.False(answer.HasError);
        Assert.Equal(999, answer.InnerCode);
        Assert.Equal("INTERNAL_SERVER_EXCEPTION: خطای داخلی سرور", answer.Inner.GetProperty("message").GetString());
        Assert.DoesNotContain("shortlink_visit_counts", answer.Raw);
    }
}
