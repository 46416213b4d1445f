using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Querying;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Wolverine.Http;

namespace FileSaga.Handlers.Cancelling;

/// <summary>
/// Cancels a running job: a saga compensates what it has done and ends Cancelled; a simple job removes its
/// temporary files. A step caught mid-way loses its append race and is undone with the rest.
/// The reason, if any, comes as <c>?reason=</c> so that a bare POST works.
/// </summary>
public static class CancelJobEndpoint
{
    [WolverinePost("/api/jobs/{jobId}/cancel")]
    public static async Task<IResult> Post(string jobId, string? reason, IDocumentSession session, IMessageContext bus, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<JobState>(jobId, ct);
        if (stream.Aggregate is not { } job)
        {
            return JobEndpoints.NotFound(jobId);
        }

        var decision = JobDecider.CancelRequested(job, reason ?? "requested by a client", clock.GetUtcNow());
        if (decision is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Job already finished", detail: $"Job '{jobId}' ended {job.Status}; there is nothing to cancel.");
        }

        stream.AppendMany(decision.Events);
        foreach (var message in NextMessages.For(jobId, decision.Next))
        {
            await bus.PublishAsync(message);
        }

        var after = decision.Events.Aggregate(job, JobState.Evolve);
        return Results.Accepted($"/api/jobs/{jobId}", JobView.From(after));
    }
}
