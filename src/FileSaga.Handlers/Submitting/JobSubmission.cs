using FileSaga.Domain.Jobs;
using FileSaga.Domain.Submissions;
using FileSaga.Handlers.Jobs;
using Marten;
using Marten.Exceptions;
using Wolverine;

namespace FileSaga.Handlers.Submitting;

/// <summary>What became of a submission.</summary>
public abstract record SubmissionOutcome
{
    private SubmissionOutcome()
    {
    }

    public sealed record Started(JobState Job) : SubmissionOutcome;

    /// <summary>The same job id with the same body: the existing job, nothing new started.</summary>
    public sealed record AlreadySubmitted(JobState Job) : SubmissionOutcome;

    public sealed record Conflict(JobState Existing) : SubmissionOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : SubmissionOutcome;
}

/// <summary>Starts a job's stream and its first step in one transaction; shared by HTTP and queue submission.</summary>
public static class JobSubmission
{
    public static async Task<SubmissionOutcome> SubmitAsync(JobRequest request, IDocumentSession session, IMessageContext bus, DateTimeOffset now, CancellationToken ct)
    {
        var errors = SubmissionRules.Check(request);
        if (errors.Count > 0)
        {
            return new SubmissionOutcome.Invalid(errors);
        }

        var jobId = request.JobId ?? $"job-{Guid.NewGuid():N}";
        var submitted = new JobSubmitted(jobId, SubmissionRules.KindOf(request), request.SourceUrl!, request.FileName!, now);
        var existing = await session.LoadAsync<JobState>(jobId, ct);
        if (existing is not null)
        {
            return Compare(existing, submitted);
        }

        var decision = JobDecider.Submit(submitted);
        session.Events.StartStream<JobState>(jobId, decision.Events.ToArray());
        foreach (var message in NextMessages.For(jobId, decision.Next))
        {
            await bus.PublishAsync(message);
        }

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ExistingStreamIdCollisionException)
        {
            // Lost a race with the same id: answer as if we had come second, and start nothing.
            session.EjectAllPendingChanges();
            var winner = await session.LoadAsync<JobState>(jobId, ct);
            return Compare(winner!, submitted);
        }

        return new SubmissionOutcome.Started(decision.Events.Aggregate((JobState?)null, (s, e) => JobState.Evolve(s, e))!);
    }

    private static SubmissionOutcome Compare(JobState existing, JobSubmitted submitted) =>
        existing.Kind == submitted.Kind && existing.SourceUrl == submitted.SourceUrl && existing.FileName == submitted.FileName
            ? new SubmissionOutcome.AlreadySubmitted(existing)
            : new SubmissionOutcome.Conflict(existing);
}
