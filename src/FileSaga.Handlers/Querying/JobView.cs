using FileSaga.Domain.Jobs;

namespace FileSaga.Handlers.Querying;

/// <summary>A job as <c>GET /api/jobs/{jobId}</c> shows it.</summary>
public sealed record JobView(
    string JobId,
    string Kind,
    string Status,
    string? CurrentStep,
    string FileName,
    string SourceUrl,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<CompensationView> Compensations,
    FileView? File,
    OutputView? Output,
    long Version)
{
    public static JobView From(JobState job) => new(
        job.Id,
        job.Kind.Wire(),
        job.Status.ToString(),
        job.CurrentStep?.Wire(),
        job.FileName,
        job.SourceUrl,
        job.SubmittedAt,
        job.UpdatedAt,
        job.FinishedAt,
        job.Error,
        [.. job.Steps.Select(s => new StepView(s.Name.Wire(), s.Status.Wire(), s.Attempts, s.StartedAt, s.FinishedAt, s.LastError))],
        [.. job.Compensations.Select(c => new CompensationView(c.Step.Wire(), c.Action, c.Status.Wire(), c.Attempts, c.LastError))],
        job.Files.Size is null ? null : new FileView(job.Files.Size.Value, job.Files.Sha256, job.Files.Format, job.Files.Records),
        job.Files.RecordsSaved is null ? null : new OutputView(job.Files.RecordsSaved.Value, job.Files.Rejected, job.Files.UploadId),
        job.Version);
}

public sealed record StepView(string Name, string Status, int Attempts, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? LastError);

public sealed record CompensationView(string Step, string Action, string Status, int Attempts, string? LastError);

public sealed record FileView(long Size, string? Sha256, string? Format, long? Records);

public sealed record OutputView(long RecordsSaved, long? RecordsRejected, string? UploadId);

/// <summary>One page of results.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize);
