using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kelas.Skyroom.Wire;

/// <summary>The value of <c>result</c> in a successful envelope; lists write themselves as they are read.</summary>
internal abstract class SkyroomResult
{
    /// <summary>Writes the value; <paramref name="pipe"/> lets long results flush as they go.</summary>
    public abstract ValueTask WriteAsync(Utf8JsonWriter writer, PipeWriter pipe, CancellationToken cancellationToken);

    public static SkyroomResult Ok(long number) => new Written(writer => writer.WriteNumberValue(number));

    public static SkyroomResult Ok(string text) => new Written(writer => writer.WriteStringValue(text));

    public static SkyroomResult Ok<T>(T value, JsonTypeInfo<T> typeInfo) =>
        new Written(writer => JsonSerializer.Serialize(writer, value, typeInfo));

    /// <summary>A JSON array written item by item from the database, flushed as it goes, never held whole in memory.</summary>
    public static SkyroomResult Stream<T>(IAsyncEnumerable<T> items, JsonTypeInfo<T> typeInfo) => new Streamed<T>(items, typeInfo);

    private sealed class Written(Action<Utf8JsonWriter> write) : SkyroomResult
    {
        public override ValueTask WriteAsync(Utf8JsonWriter writer, PipeWriter pipe, CancellationToken cancellationToken)
        {
            write(writer);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Streamed<T>(IAsyncEnumerable<T> items, JsonTypeInfo<T> typeInfo) : SkyroomResult
    {
        // Flush by size, not by count: the response goes out in chunks of about this many bytes.
        private const int FlushAtBytes = 32 * 1024;

        public override async ValueTask WriteAsync(Utf8JsonWriter writer, PipeWriter pipe, CancellationToken cancellationToken)
        {
            writer.WriteStartArray();
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                JsonSerializer.Serialize(writer, item, typeInfo);
                if (writer.BytesPending >= FlushAtBytes)
                {
                    writer.Flush();
                    await pipe.FlushAsync(cancellationToken);
                }
            }

            writer.WriteEndArray();
        }
    }
}
