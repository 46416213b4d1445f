using FileSaga.Domain.Jobs;
using Wolverine;

namespace FileSaga.Handlers.Jobs;

/// <summary>Turns the domain's <see cref="NextAction"/> into the durable message that carries it out.</summary>
public static class NextMessages
{
    public static OutgoingMessages For(string jobId, NextAction next)
    {
        var messages = new OutgoingMessages();
        switch (next)
        {
            case NextAction.RunStep run:
                messages.Add(Delayed(StepCommand(jobId, run.Step, run.Attempt), run.Delay));
                break;
            case NextAction.RunCompensation run:
                messages.Add(Delayed(CompensationCommand(jobId, run.Step, run.Attempt), run.Delay));
                break;
            case NextAction.FinishWithoutCompensation finish:
                messages.Add(new FinishJob(jobId, finish.Status, finish.Reason));
                break;
        }

        return messages;
    }

    public static IStepCommand StepCommand(string jobId, Step step, int attempt) => step switch
    {
        Step.Download => new DownloadFile(jobId, attempt),
        Step.Validate => new ValidateFile(jobId, attempt),
        Step.Backup => new BackUpFile(jobId, attempt),
        Step.Parse => new ParseRecords(jobId, attempt),
        Step.Process => new ProcessRecords(jobId, attempt),
        Step.Save => new SaveOutput(jobId, attempt),
        Step.Upload => new UploadOutput(jobId, attempt),
        Step.Verify => new VerifyResult(jobId, attempt),
        Step.Notify => new SendNotification(jobId, attempt),
        Step.Cleanup => new CleanUpTempFiles(jobId, attempt),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "unknown step"),
    };

    public static ICompensationCommand CompensationCommand(string jobId, Step step, int attempt) => step switch
    {
        Step.Download => new DeleteDownload(jobId, attempt),
        Step.Backup => new RestoreBackup(jobId, attempt),
        Step.Save => new DeleteOutput(jobId, attempt),
        Step.Upload => new RollbackUpload(jobId, attempt),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "this step has no compensation"),
    };

    // Waiting retries are durable scheduled envelopes, committed with the events that decided them.
    private static object Delayed(object message, TimeSpan delay) =>
        delay > TimeSpan.Zero ? message.DelayedFor(delay) : message;
}
