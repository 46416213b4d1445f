namespace FileSaga.Domain.Jobs;

/// <summary>Compensation begins; <paramref name="Steps"/> are the steps to undo, in the order they will be undone.</summary>
public sealed record CompensationStarted(string JobId, string Reason, IReadOnlyList<Step> Steps, DateTimeOffset StartedAt);

public sealed record StepCompensated(string JobId, Step Step, string Action, int Attempt, DateTimeOffset CompensatedAt);

/// <summary>One attempt of a compensation failed; without <paramref name="RetryAt"/> it is parked for an operator.</summary>
public sealed record CompensationStepFailed(string JobId, Step Step, string Action, int Attempt, string Error, DateTimeOffset? RetryAt, DateTimeOffset FailedAt);
