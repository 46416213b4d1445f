namespace FileSaga.Client.Api;

public static class JobKinds
{
    public const string Saga = "saga";
    public const string Simple = "simple";

    public static bool IsKnown(string kind) =>
        string.Equals(kind, Saga, StringComparison.OrdinalIgnoreCase) || string.Equals(kind, Simple, StringComparison.OrdinalIgnoreCase);
}

public static class JobStatuses
{
    public const string Submitted = "Submitted";
    public const string Running = "Running";
    public const string Completed = "Completed";
    public const string Compensating = "Compensating";
    public const string Compensated = "Compensated";
    public const string CompensationFailed = "CompensationFailed";
    public const string Cancelled = "Cancelled";
    public const string Failed = "Failed";

    private static readonly HashSet<string> Terminal =
        new([Completed, Compensated, CompensationFailed, Cancelled, Failed], StringComparer.OrdinalIgnoreCase);

    public static bool IsTerminal(string? status) => status is not null && Terminal.Contains(status);

    public static bool Is(string? status, string expected) => string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
}

public static class StepStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Retrying = "retrying";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    // Only work actually done counts: a skipped step did nothing.
    public static bool IsDone(string? status) => JobStatuses.Is(status, Succeeded);
}
