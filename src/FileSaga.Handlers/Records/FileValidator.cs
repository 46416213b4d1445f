namespace FileSaga.Handlers.Records;

public static class FileValidator
{
    /// <summary>
    /// Checks the file name's extension and that the content is well-formed for it, reading the whole file once as a stream.
    /// Records counts the invalid records too; Format is Ndjson for a .json file that holds one value per line.
    /// </summary>
    /// <exception cref="InvalidFileException">The file can never be processed; the message says why.</exception>
    public static async Task<FileInspection> InspectAsync(string path, string fileName, CancellationToken ct)
    {
        if (!FileFormats.TryFromFileName(fileName, out var format))
        {
            var extension = Path.GetExtension(fileName);
            throw new InvalidFileException(extension.Length == 0
                ? $"file name has no extension; accepted: {string.Join(", ", FileFormats.AcceptedExtensions)}"
                : $"unsupported file type '{extension}'; accepted: {string.Join(", ", FileFormats.AcceptedExtensions)}");
        }

        long records = 0;
        var label = Path.GetExtension(fileName.Trim()).ToLowerInvariant();
        var actual = await RecordSource.ReadAsync(path, format, label, _ =>
        {
            records++;
            return ValueTask.CompletedTask;
        }, ct);
        return new FileInspection(actual, records);
    }
}
