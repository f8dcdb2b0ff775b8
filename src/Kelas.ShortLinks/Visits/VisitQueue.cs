using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Visits;

/// <summary>
/// The in-process queue between redirects and the <see cref="VisitWriter"/>. Bounded: when it is full a redirect
/// waits for room rather than dropping its visit, which also bounds what a crash can lose.
/// </summary>
internal sealed class VisitQueue(IOptions<ShortLinksOptions> options)
{
    private readonly Channel<PendingVisit> channel = Channel.CreateBounded<PendingVisit>(
        new BoundedChannelOptions(options.Value.VisitQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

    private long enqueued;

    public ChannelReader<PendingVisit> Reader => channel.Reader;

    /// <summary>Visits accepted so far; the writer's <c>Stored</c> catches up with it.</summary>
    public long Enqueued => Interlocked.Read(ref enqueued);

    public ValueTask EnqueueAsync(PendingVisit visit, CancellationToken cancellationToken)
    {
        if (channel.Writer.TryWrite(visit))
        {
            Interlocked.Increment(ref enqueued);
            return ValueTask.CompletedTask;
        }

        return WaitAndEnqueueAsync(visit, cancellationToken);
    }

    private async ValueTask WaitAndEnqueueAsync(PendingVisit visit, CancellationToken cancellationToken)
    {
        await channel.Writer.WriteAsync(visit, cancellationToken);
        Interlocked.Increment(ref enqueued);
    }
}
