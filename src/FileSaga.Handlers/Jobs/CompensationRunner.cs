using FileSaga.Domain.Jobs;
using FileSaga.Domain.Plans;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace FileSaga.Handlers.Jobs;

/// <summary>The shape every compensation handler shares; see <see cref="StepRunner"/>.</summary>
public sealed class CompensationRunner(StepPolicies policies, TimeProvider clock, ILogger<CompensationRunner> logger)
{
    public async Task<OutgoingMessages> RunAsync(
        ICompensationCommand command,
        IDocumentSession session,
        Func<JobState, CancellationToken, Task> action,
        CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<JobState>(command.JobId, ct);
        var job = stream.Aggregate;
        if (job is null || !job.ExpectsCompensation(command.Step, command.Attempt))
        {
            logger.LogInformation("Ignoring {Action} attempt {Attempt} of job {JobId}: not expected in status {Status}", command.Action, command.Attempt, command.JobId, job?.Status);
            return [];
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = command.JobId, ["Compensation"] = command.Action });
        var timeout = policies[command.Step].Compensation!.Retry.Timeout;
        Decision decision;
        try
        {
            logger.LogInformation("Running {Action} attempt {Attempt} of job {JobId}", command.Action, command.Attempt, command.JobId);
            await StepRunner.WithTimeout(async token => { await action(job, token); return true; }, timeout, ct);
            decision = JobDecider.CompensationSucceeded(job, command.Step, command.Attempt, command.Action, clock.GetUtcNow());
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var error = StepErrors.Classify(e);
            logger.LogWarning(e, "Compensation {Action} attempt {Attempt} of job {JobId} failed: {Error}", command.Action, command.Attempt, command.JobId, error.Message);
            decision = JobDecider.CompensationAttemptFailed(job, command.Step, command.Attempt, command.Action, error.Message, clock.GetUtcNow(), policies);
        }

        stream.AppendMany(decision.Events);
        return NextMessages.For(command.JobId, decision.Next);
    }
}
