using FileSaga.Domain.Jobs;
using FileSaga.Domain.Plans;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace FileSaga.Handlers.Jobs;

/// <summary>
/// The shape every step handler shares: load the job, ignore a duplicate or late message, run the
/// activity under the step's timeout, and append the decided events and next message in the
/// handler's single transaction (Wolverine commits the session with its outbox).
/// </summary>
public sealed class StepRunner(StepPolicies policies, TimeProvider clock, ILogger<StepRunner> logger)
{
    public async Task<OutgoingMessages> RunAsync(
        IStepCommand command,
        IDocumentSession session,
        Func<JobState, CancellationToken, Task<object>> activity,
        CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<JobState>(command.JobId, ct);
        var job = stream.Aggregate;
        if (job is null || !job.Expects(command.Step, command.Attempt))
        {
            logger.LogInformation("Ignoring {Step} attempt {Attempt} of job {JobId}: not expected in status {Status}", command.Step.Wire(), command.Attempt, command.JobId, job?.Status);
            return [];
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = command.JobId, ["Step"] = command.Step.Wire() });
        var timeout = policies[command.Step].Retry.Timeout;
        Decision decision;
        try
        {
            logger.LogInformation("Running {Step} attempt {Attempt} of job {JobId}", command.Step.Wire(), command.Attempt, command.JobId);
            var success = await WithTimeout(token => activity(job, token), timeout, ct);
            decision = JobDecider.StepSucceeded(job, command.Step, command.Attempt, success, clock.GetUtcNow());
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var error = StepErrors.Classify(e);
            logger.LogWarning(e, "Step {Step} attempt {Attempt} of job {JobId} failed (retryable: {Retryable}): {Error}", command.Step.Wire(), command.Attempt, command.JobId, error.Retryable, error.Message);
            decision = JobDecider.StepAttemptFailed(job, command.Step, command.Attempt, error, clock.GetUtcNow(), policies);
        }

        stream.AppendMany(decision.Events);
        return NextMessages.For(command.JobId, decision.Next);
    }

    /// <summary>Runs <paramref name="work"/> under the step's timeout.</summary>
    public static Task<T> WithTimeout<T>(Func<CancellationToken, Task<T>> work, TimeSpan timeout, CancellationToken ct) =>
        Deadline.Within(timeout, work, $"timed out after {timeout}", ct);
}
