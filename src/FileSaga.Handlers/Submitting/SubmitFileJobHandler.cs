using FileSaga.Domain.Submissions;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace FileSaga.Handlers.Submitting;

/// <summary>A submission that can never be accepted; it goes to the dead-letter queue with its reason.</summary>
public sealed class InvalidSubmissionException(string message) : Exception(message);

/// <summary>Accepts <see cref="SubmitFileJob"/> from the durable queue with the same rules as HTTP.</summary>
public static class SubmitFileJobHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<InvalidSubmissionException>().MoveToErrorQueue();

    public static async Task Handle(SubmitFileJob message, IDocumentSession session, IMessageContext bus, TimeProvider clock, ILogger<SubmitFileJob> logger, CancellationToken ct)
    {
        var request = new JobRequest(message.JobId, message.Kind, message.SourceUrl, message.FileName);
        var outcome = await JobSubmission.SubmitAsync(request, session, bus, clock.GetUtcNow(), ct);
        switch (outcome)
        {
            case SubmissionOutcome.Started s:
                logger.LogInformation("Job {JobId} submitted from the queue", s.Job.Id);
                break;
            case SubmissionOutcome.AlreadySubmitted a:
                logger.LogInformation("Job {JobId} was already submitted; queue message ignored", a.Job.Id);
                break;
            case SubmissionOutcome.Conflict c:
                throw new InvalidSubmissionException($"job id '{c.Existing.Id}' was already submitted with another body");
            case SubmissionOutcome.Invalid i:
                throw new InvalidSubmissionException(string.Join("; ", i.Errors.SelectMany(e => e.Value)));
        }
    }
}
