using FileSaga.Domain.Jobs;

namespace FileSaga.Domain.Plans;

/// <summary>A step's retry policy and, when it has one, the compensation that undoes it.</summary>
public sealed record StepPolicy(Step Step, RetryPolicy Retry, CompensationPolicy? Compensation);

/// <summary>The compensation action of a step (named as on the wire, e.g. <c>delete-download</c>) and its own retries.</summary>
public sealed record CompensationPolicy(string Action, RetryPolicy Retry);
