namespace FileSaga.Domain.Jobs;

/// <summary>The steps a job can run, in saga order. Wire names are lowercase (<see cref="StepNames"/>).</summary>
public enum Step
{
    Download,
    Validate,
    Backup,
    Parse,
    Process,
    Save,
    Upload,
    Verify,
    Notify,
    Cleanup,
}

public enum JobKind
{
    Saga,
    Simple,
}

public enum JobStatus
{
    Submitted,
    Running,
    Completed,
    Compensating,
    Compensated,
    CompensationFailed,
    Cancelled,
    Failed,
}

public enum StepStatus
{
    Pending,
    Running,
    Retrying,
    Succeeded,
    Failed,
    Skipped,
}

public enum CompensationStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Resolved,
}

public static class StepNames
{
    public static string Wire(this Step step) => step.ToString().ToLowerInvariant();

    public static string Wire(this JobKind kind) => kind.ToString().ToLowerInvariant();

    public static string Wire(this StepStatus status) => status.ToString().ToLowerInvariant();

    public static string Wire(this CompensationStatus status) => status.ToString().ToLowerInvariant();

    // Only a member's own name: Enum.TryParse alone also takes numbers, "saga,simple" (OR-ed) and surrounding spaces.
    public static bool TryParseStep(string? name, out Step step) =>
        Enum.TryParse(name, ignoreCase: true, out step) && Enum.IsDefined(step) && string.Equals(step.ToString(), name, StringComparison.OrdinalIgnoreCase);

    public static bool TryParseKind(string? name, out JobKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && string.Equals(kind.ToString(), name, StringComparison.OrdinalIgnoreCase);

    public static bool IsTerminal(this JobStatus status) => status is JobStatus.Completed or JobStatus.Compensated
        or JobStatus.CompensationFailed or JobStatus.Cancelled or JobStatus.Failed;
}
