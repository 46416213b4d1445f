using System.Text.Json;

namespace FileSaga.Handlers.Records;

internal static class JsonRecordReader
{
    public static async Task<FileFormat> ReadAsync(
        string path, FileFormat format, char first, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        if (format == FileFormat.Ndjson || (first == '{' && await HoldsOneValuePerLineAsync(path, ct)))
        {
            await ReadLinesAsync(path, onRecord, ct);
            return FileFormat.Ndjson;
        }

        if (first == '[')
        {
            await ReadArrayAsync(path, onRecord, ct);
        }
        else
        {
            await ReadSingleObjectAsync(path, onRecord, ct);
        }

        return FileFormat.Json;
    }

    /// <summary>The parser's message without the 0-based position it appends; callers report a 1-based line.</summary>
    public static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return cut < 0 ? message : message[..cut];
    }

    private static async Task ReadArrayAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        await using var stream = await InputFiles.OpenUtf8Async(path, ct);
        await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: ct))
        {
            await onRecord(SourceRecord.Valid(element.WriteTo));
        }
    }

    private static async Task ReadSingleObjectAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        await using var stream = await InputFiles.OpenUtf8Async(path, ct);
        var value = await JsonSerializer.DeserializeAsync<JsonElement>(stream, cancellationToken: ct);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidFileException(
                $"the file holds a single JSON {value.ValueKind.ToString().ToLowerInvariant()}, but a .json file must hold an array, an object or one value per line");
        }

        await onRecord(SourceRecord.Valid(value.WriteTo));
    }

    private static async Task ReadLinesAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        using var reader = InputFiles.OpenText(path);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement value;
            try
            {
                value = JsonElement.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new InvalidFileException($"malformed JSON at line {lineNumber}: {Reason(ex)}");
            }

            await onRecord(SourceRecord.Valid(value.WriteTo));
        }
    }

    // A .json file starting with '{' is NDJSON when its first line is a complete value and more lines follow.
    private static async Task<bool> HoldsOneValuePerLineAsync(string path, CancellationToken ct)
    {
        using var reader = InputFiles.OpenText(path);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(ct);
        }
        while (line is not null && string.IsNullOrWhiteSpace(line));

        if (line is null || !IsCompleteValue(line))
        {
            return false;
        }

        while (await reader.ReadLineAsync(ct) is { } next)
        {
            if (!string.IsNullOrWhiteSpace(next))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompleteValue(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
