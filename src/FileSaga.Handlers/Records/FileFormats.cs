namespace FileSaga.Handlers.Records;

public static class FileFormats
{
    private static readonly Dictionary<string, FileFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = FileFormat.Json,
        [".ndjson"] = FileFormat.Ndjson,
        [".jsonl"] = FileFormat.Ndjson,
        [".csv"] = FileFormat.Csv,
        [".xml"] = FileFormat.Xml,
        [".txt"] = FileFormat.Text,
    };

    public static IReadOnlyList<string> AcceptedExtensions { get; } = [.. ByExtension.Keys];

    public static bool TryFromFileName(string fileName, out FileFormat format)
    {
        format = default;
        return !string.IsNullOrWhiteSpace(fileName)
            && ByExtension.TryGetValue(Path.GetExtension(fileName.Trim()), out format);
    }

    public static string Extension(FileFormat format) => format switch
    {
        FileFormat.Json => ".json",
        FileFormat.Ndjson => ".ndjson",
        FileFormat.Csv => ".csv",
        FileFormat.Xml => ".xml",
        FileFormat.Text => ".txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown file format"),
    };
}
