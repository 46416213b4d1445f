namespace FileSaga.Domain.Jobs;

// One success event per step. They carry references (paths, sizes, hashes, counts), never file contents.

public sealed record FileDownloaded(string JobId, string Path, long Size, string Sha256, DateTimeOffset DownloadedAt);

public sealed record FileValidated(string JobId, string Format, long Records, DateTimeOffset ValidatedAt);

public sealed record FileBackedUp(string JobId, string Path, string Sha256, DateTimeOffset BackedUpAt);

public sealed record RecordsParsed(string JobId, string Path, long Records, long InvalidRecords, DateTimeOffset ParsedAt);

public sealed record RecordsProcessed(string JobId, string Path, long Processed, long Rejected, string RejectedPath, DateTimeOffset ProcessedAt);

public sealed record OutputSaved(string JobId, string Path, long Records, long Size, string Sha256, DateTimeOffset SavedAt);

public sealed record OutputUploaded(string JobId, string UploadId, long Size, DateTimeOffset UploadedAt);

public sealed record ResultVerified(string JobId, long Records, long Size, DateTimeOffset VerifiedAt);

public sealed record NotificationSent(string JobId, string NotificationId, DateTimeOffset SentAt);

public sealed record TempFilesCleaned(string JobId, int FilesRemoved, DateTimeOffset CleanedAt);

/// <summary>One attempt of a step failed. <paramref name="RetryAt"/> is set when another attempt is scheduled.</summary>
public sealed record StepAttemptFailed(string JobId, Step Step, int Attempt, string Error, bool Retryable, DateTimeOffset? RetryAt, DateTimeOffset FailedAt);

/// <summary>A step failed for good: retries exhausted or the error cannot succeed on a retry.</summary>
public sealed record StepFailed(string JobId, Step Step, int Attempts, string Error, DateTimeOffset FailedAt);
