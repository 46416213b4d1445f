namespace FileSaga.Handlers.Records;

/// <summary>Records counts every record written, the invalid ones included; Bytes is the size of the written file.</summary>
public sealed record ParseResult(long Records, long InvalidRecords, long Bytes);
