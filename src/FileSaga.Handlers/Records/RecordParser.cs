namespace FileSaga.Handlers.Records;

public static class RecordParser
{
    /// <summary>
    /// Writes one line per record to outputPath: {"n":1,"data":…}, or {"n":7,"invalid":"reason","raw":"…"}
    /// for a record that could be read but is not valid (a CSV row with the wrong number of fields).
    /// </summary>
    /// <exception cref="InvalidFileException">The file can never be parsed; the message says why.</exception>
    public static async Task<ParseResult> ParseAsync(string inputPath, FileFormat format, string outputPath, CancellationToken ct)
    {
        await using var file = AtomicFileWriter.Create(outputPath);
        using var output = new JsonRecordWriter(file.Stream);
        long records = 0;
        long invalid = 0;
        await RecordSource.ReadAsync(inputPath, format, FileFormats.Extension(format), async record =>
        {
            var json = output.Begin();
            json.WriteStartObject();
            json.WriteNumber("n", ++records);
            if (record.WriteData is { } writeData)
            {
                json.WritePropertyName("data");
                writeData(json);
            }
            else
            {
                invalid++;
                json.WriteString("invalid", record.InvalidReason);
                json.WriteString("raw", record.Raw);
            }

            json.WriteEndObject();
            await output.CommitLineAsync(ct);
        }, ct);
        var bytes = await file.CommitAsync(ct);
        return new ParseResult(records, invalid, bytes);
    }
}
