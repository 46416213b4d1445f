using System.Text.Json;

namespace FileSaga.Handlers.Records;

/// <summary>One record read from an input file: data that can write itself as JSON, or the reason it is not a valid record.</summary>
internal readonly record struct SourceRecord(Action<Utf8JsonWriter>? WriteData, string? InvalidReason, string? Raw)
{
    public static SourceRecord Valid(Action<Utf8JsonWriter> writeData) => new(writeData, null, null);

    public static SourceRecord Invalid(string reason, string raw) => new(null, reason, raw);
}
