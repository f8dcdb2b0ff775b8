using System.Text;

namespace Kelas.Shad.Directory;

/// <summary>
/// RFC 4180 records: fields separated by commas, optionally quoted, <c>""</c> inside quotes, line breaks
/// inside quotes, CRLF or LF. Each record carries the line it starts on, for reject messages.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly StringBuilder field = new();
    private int line = 1;

    public sealed record Record(int Line, List<string> Fields, bool UnterminatedQuote);

    public Record? Read()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var start = line;
        var fields = new List<string>();
        field.Clear();
        var quoted = false;
        var fieldWasQuoted = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                return new Record(start, fields, quoted);
            }

            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    quoted = true;
                    fieldWasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    line++;
                    fields.Add(field.ToString());
                    return new Record(start, fields, false);
                default:
                    field.Append(c);
                    break;
            }
        }
    }
}
