using System.Text.Json;
using nietras.SeparatedValues;

namespace FileSaga.Handlers.Records;

internal static class CsvRecordReader
{
    public static async Task ReadAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        using var text = InputFiles.OpenText(path);
        // The header is read as a plain row: Sep's own header would reject duplicate names with its own message,
        // and column counts are checked here so that a ragged row becomes an invalid record, not a file error.
        using var reader = await Sep.New(',')
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true })
            .FromAsync(text, ct);
        string[]? header = null;
        await foreach (var row in reader)
        {
            ct.ThrowIfCancellationRequested();
            if (header is null)
            {
                header = ReadHeader(row);
                continue;
            }

            if (ToRecord(row, header) is { } record)
            {
                await onRecord(record);
            }
        }
    }

    private static string[] ReadHeader(SepReader.Row row)
    {
        EnsureQuotesClosed(row, 1);
        var names = new string[row.ColCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].ToString();
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new InvalidFileException($"malformed CSV at line 1: the header has an empty column name at column {i + 1}");
            }

            if (!seen.Add(names[i]))
            {
                throw new InvalidFileException($"malformed CSV at line 1: the header has the column name '{names[i]}' more than once");
            }
        }

        return names;
    }

    private static SourceRecord? ToRecord(SepReader.Row row, string[] header)
    {
        if (row.Span.IsEmpty)
        {
            return null;
        }

        EnsureQuotesClosed(row, row.LineNumberFrom);
        if (row.ColCount != header.Length)
        {
            return SourceRecord.Invalid(
                $"line {row.LineNumberFrom} has {row.ColCount} fields but the header has {header.Length}",
                row.Span.ToString());
        }

        var values = new string[row.ColCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row[i].ToString();
        }

        return SourceRecord.Valid(json => WriteObject(json, header, values));
    }

    // Sep ends a row only outside quotes, so an odd number of quotes means the file ended inside a quoted field.
    private static void EnsureQuotesClosed(SepReader.Row row, int lineNumber)
    {
        if (row.Span.Count('"') % 2 != 0)
        {
            throw new InvalidFileException($"malformed CSV at line {lineNumber}: a quoted field is never closed");
        }
    }

    private static void WriteObject(Utf8JsonWriter json, string[] header, string[] values)
    {
        json.WriteStartObject();
        for (var i = 0; i < header.Length; i++)
        {
            json.WriteString(header[i], values[i]);
        }

        json.WriteEndObject();
    }
}
