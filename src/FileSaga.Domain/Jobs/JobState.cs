using FileSaga.Domain.Plans;

namespace FileSaga.Domain.Jobs;

/// <summary>
/// Everything known about a job, built only by applying its events (<see cref="Evolve"/>).
/// It is both the state the engine decides from and the document the job view is read from.
/// </summary>
public sealed record JobState
{
    public string Id { get; init; } = "";
    public JobKind Kind { get; init; }
    public JobStatus Status { get; init; }
    public string SourceUrl { get; init; } = "";
    public string FileName { get; init; } = "";
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? Error { get; init; }
    public Step? CurrentStep { get; init; }
    public IReadOnlyList<StepState> Steps { get; init; } = [];
    public IReadOnlyList<CompensationState> Compensations { get; init; } = [];
    public JobFiles Files { get; init; } = new();
    public bool CancelRequested { get; init; }

    /// <summary>The stream version this state was built from; set by the event store.</summary>
    public long Version { get; set; }

    public bool IsTerminal => Status.IsTerminal();

    public StepState StepOf(Step step) =>
        Steps.FirstOrDefault(s => s.Name == step) ?? throw new InvalidOperationException($"Step {step.Wire()} is not in the plan of a {Kind.Wire()} job");

    public bool HasStep(Step step) => Steps.Any(s => s.Name == step);

    /// <summary>True when <paramref name="attempt"/> of <paramref name="step"/> is the one the job waits for; anything else is a duplicate or late message.</summary>
    public bool Expects(Step step, int attempt) =>
        Status is JobStatus.Submitted or JobStatus.Running
        && !CancelRequested
        && HasStep(step)
        && StepOf(step) is { Status: StepStatus.Running or StepStatus.Retrying } s
        && attempt == s.Attempts + 1;

    public bool ExpectsCompensation(Step step, int attempt) =>
        Status == JobStatus.Compensating
        && Compensations.FirstOrDefault(c => c.Step == step) is { Status: CompensationStatus.Running } c
        && attempt == c.Attempts + 1;

    public static JobState Evolve(JobState? state, object @event) => JobEvolution.Apply(state ?? new JobState(), @event);
}

public sealed record StepState(Step Name, StepStatus Status, int Attempts, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? LastError);

public sealed record CompensationState(Step Step, string Action, CompensationStatus Status, int Attempts, string? LastError);

/// <summary>What the job has on disk and elsewhere, as references taken from its events.</summary>
public sealed record JobFiles
{
    public string? DownloadPath { get; init; }
    public long? Size { get; init; }
    public string? Sha256 { get; init; }
    public string? Format { get; init; }
    public long? Records { get; init; }
    public string? BackupPath { get; init; }
    public string? ParsedPath { get; init; }
    public string? ProcessedPath { get; init; }
    public long? Processed { get; init; }
    public long? Rejected { get; init; }
    public string? RejectedPath { get; init; }
    public string? OutputPath { get; init; }
    public long? RecordsSaved { get; init; }
    public long? OutputSize { get; init; }
    public string? OutputSha256 { get; init; }
    public string? UploadId { get; init; }
    public long? UploadedSize { get; init; }
}
