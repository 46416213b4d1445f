namespace FileSaga.Handlers.Records;

/// <summary>Input that can never succeed on a retry; the message is the reason, for people.</summary>
public sealed class InvalidFileException(string reason) : Exception(reason);
