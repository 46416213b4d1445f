namespace FileSaga.Handlers.Records;

public sealed record SaveResult(long Records, long Bytes, string Sha256);
