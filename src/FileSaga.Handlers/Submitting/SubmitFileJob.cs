namespace FileSaga.Handlers.Submitting;

/// <summary>
/// Submits a job without HTTP: send it to the durable PostgreSQL queue <c>filesaga-submissions</c>.
/// Same fields and rules as <c>POST /api/jobs</c>.
/// </summary>
public sealed record SubmitFileJob(string? JobId, string? Kind, string SourceUrl, string FileName);
