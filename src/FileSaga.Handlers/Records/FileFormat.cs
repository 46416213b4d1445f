namespace FileSaga.Handlers.Records;

public enum FileFormat
{
    Json,
    Ndjson,
    Csv,
    Xml,
    Text,
}
