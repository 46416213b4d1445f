namespace FileSaga.Domain.Jobs;

/// <summary>Every event a job's stream can hold; the store names each by its type name.</summary>
public static class JobEventTypes
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(JobSubmitted), typeof(FileDownloaded), typeof(FileValidated), typeof(FileBackedUp), typeof(RecordsParsed),
        typeof(RecordsProcessed), typeof(OutputSaved), typeof(OutputUploaded), typeof(ResultVerified), typeof(NotificationSent),
        typeof(TempFilesCleaned), typeof(StepAttemptFailed), typeof(StepFailed), typeof(CompensationStarted), typeof(StepCompensated),
        typeof(CompensationStepFailed), typeof(JobCancelRequested), typeof(JobCompleted), typeof(JobCompensated), typeof(JobCancelled),
        typeof(JobFailed),
    ];

    public static Type? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
