using Kelas.Shad.Directory;

namespace Kelas.Shad.Tests.Directory;

public sealed class CsvRecordReaderTests
{
    private static List<CsvRecordReader.Record> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<CsvRecordReader.Record>();
        while (reader.Read() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCounted()
    {
        var records = ReadAll("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",2\nlast");

        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["x\ny", "2"], records[1].Fields);
        Assert.Equal(["last"], records[2].Fields);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void UnclosedQuoteIsReported()
    {
        var record = Assert.Single(ReadAll("1,\"open"));

        Assert.True(record.UnterminatedQuote);
    }

    [Fact]
    public void EmptyTrailingFieldsAreKept()
    {
        Assert.Equal(["1", "", ""], Assert.Single(ReadAll("1,,\n")).Fields);
    }
}
