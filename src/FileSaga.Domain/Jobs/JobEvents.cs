namespace FileSaga.Domain.Jobs;

// Events of a job's life as a whole. Each carries the job id and the time it happened.

public sealed record JobSubmitted(string JobId, JobKind Kind, string SourceUrl, string FileName, DateTimeOffset SubmittedAt);

public sealed record JobCancelRequested(string JobId, string Reason, DateTimeOffset RequestedAt);

public sealed record JobCompleted(string JobId, DateTimeOffset CompletedAt);

public sealed record JobCompensated(string JobId, DateTimeOffset CompensatedAt);

public sealed record JobCancelled(string JobId, DateTimeOffset CancelledAt);

public sealed record JobFailed(string JobId, string Reason, DateTimeOffset FailedAt);
