namespace FileSaga.Handlers.Records;

public sealed record ProcessResult(long Processed, long Rejected);
