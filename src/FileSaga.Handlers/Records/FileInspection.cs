namespace FileSaga.Handlers.Records;

public sealed record FileInspection(FileFormat Format, long Records);
