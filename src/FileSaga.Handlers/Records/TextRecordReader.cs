namespace FileSaga.Handlers.Records;

internal static class TextRecordReader
{
    public static async Task ReadAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        using var reader = InputFiles.OpenText(path);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new InvalidFileException($"binary content: NUL byte at line {lineNumber} of a text file");
            }

            await onRecord(SourceRecord.Valid(json => json.WriteStringValue(line)));
        }
    }
}
