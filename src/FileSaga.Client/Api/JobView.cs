using System.Text.Json;
using System.Text.Json.Serialization;

namespace FileSaga.Client.Api;

// Properties with defaults rather than positional records: a field the server leaves out must not break the client.

/// <summary>A job as <c>GET /api/jobs/{jobId}</c> returns it. Statuses are plain strings so new ones never break the client.</summary>
public sealed record JobView
{
    public string JobId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public string? CurrentStep { get; init; }
    public string FileName { get; init; } = "";
    public string SourceUrl { get; init; } = "";
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<StepView> Steps { get; init; } = [];
    public IReadOnlyList<CompensationView> Compensations { get; init; } = [];
    public FileInfoView? File { get; init; }
    public OutputView? Output { get; init; }
    public long Version { get; init; }

    public bool IsTerminal => JobStatuses.IsTerminal(Status);

    public int StepsDone => Steps.Count(s => StepStatuses.IsDone(s.Status));

    /// <summary>The step a reader cares about now: the current one, else the last one that ran.</summary>
    public StepView? ActiveStep =>
        Steps.FirstOrDefault(s => string.Equals(s.Name, CurrentStep, StringComparison.OrdinalIgnoreCase))
        ?? Steps.LastOrDefault(s => s.Attempts > 0);

    public TimeSpan? Duration => FinishedAt - SubmittedAt;
}

public sealed record StepView
{
    public string Name { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? LastError { get; init; }
}

public sealed record CompensationView
{
    public string Step { get; init; } = "";
    public string Action { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public string? LastError { get; init; }
}

public sealed record FileInfoView
{
    public long Size { get; init; }
    public string? Sha256 { get; init; }
    public string? Format { get; init; }
    public long? Records { get; init; }
}

public sealed record OutputView
{
    public long? RecordsSaved { get; init; }
    public long? RecordsRejected { get; init; }
    public string? UploadId { get; init; }
}

/// <summary>The body of <c>POST /api/jobs</c>; <see cref="Kind"/> and <see cref="JobId"/> are optional.</summary>
public sealed record SubmitJobRequest(string SourceUrl, string FileName, string? Kind = null, string? JobId = null);

public sealed record Page<T>
{
    public IReadOnlyList<T> Items { get; init; } = [];
    public long Total { get; init; }
    [JsonPropertyName("page")]
    public int PageNumber { get; init; }
    public int PageSize { get; init; }
}

public sealed record EventView
{
    public long Sequence { get; init; }
    public long Version { get; init; }
    public string Type { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public JsonElement Data { get; init; }
}

public sealed record AuditEntryView
{
    public long Sequence { get; init; }
    public string JobId { get; init; } = "";
    public long Version { get; init; }
    public string Type { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public JsonElement Data { get; init; }
}

/// <summary>RFC 7807 problem details as the Host sends them for 400, 404 and 409.</summary>
public sealed record ApiProblem
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public int? Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}
