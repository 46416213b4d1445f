using FileSaga.Domain.Submissions;
using FileSaga.Handlers.Querying;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Wolverine.Http;

namespace FileSaga.Handlers.Submitting;

/// <summary>The body of <c>POST /api/jobs</c>.</summary>
public sealed record SubmitJobRequest(string? JobId, string? Kind, string? SourceUrl, string? FileName);

public static class SubmitJobEndpoint
{
    [WolverinePost("/api/jobs")]
    public static async Task<IResult> Post(SubmitJobRequest body, IDocumentSession session, IMessageContext bus, TimeProvider clock, CancellationToken ct)
    {
        var request = new JobRequest(body.JobId, body.Kind, body.SourceUrl, body.FileName);
        var outcome = await JobSubmission.SubmitAsync(request, session, bus, clock.GetUtcNow(), ct);
        return outcome switch
        {
            SubmissionOutcome.Started s => Results.Accepted($"/api/jobs/{s.Job.Id}", JobView.From(s.Job)),
            SubmissionOutcome.AlreadySubmitted a => Results.Ok(JobView.From(a.Job)),
            SubmissionOutcome.Conflict c => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Job id already used",
                detail: $"Job '{c.Existing.Id}' was already submitted with another body (kind {c.Existing.Kind}, sourceUrl {c.Existing.SourceUrl}, fileName {c.Existing.FileName})."),
            SubmissionOutcome.Invalid i => Results.ValidationProblem(i.Errors, title: "Invalid job submission", detail: string.Join("; ", i.Errors.SelectMany(e => e.Value))),
            _ => throw new InvalidOperationException($"unexpected outcome {outcome}"),
        };
    }
}
