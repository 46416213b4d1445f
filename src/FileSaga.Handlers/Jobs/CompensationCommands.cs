using FileSaga.Domain.Jobs;
using FileSaga.Domain.Plans;

namespace FileSaga.Handlers.Jobs;

/// <summary>A command that runs one attempt of the compensation of one step.</summary>
public interface ICompensationCommand
{
    string JobId { get; }

    int Attempt { get; }

    Step Step { get; }

    string Action { get; }
}

public sealed record DeleteDownload(string JobId, int Attempt) : ICompensationCommand
{
    public Step Step => Step.Download;

    public string Action => CompensationActions.DeleteDownload;
}

public sealed record RestoreBackup(string JobId, int Attempt) : ICompensationCommand
{
    public Step Step => Step.Backup;

    public string Action => CompensationActions.RestoreBackup;
}

public sealed record DeleteOutput(string JobId, int Attempt) : ICompensationCommand
{
    public Step Step => Step.Save;

    public string Action => CompensationActions.DeleteOutput;
}

public sealed record RollbackUpload(string JobId, int Attempt) : ICompensationCommand
{
    public Step Step => Step.Upload;

    public string Action => CompensationActions.RollbackUpload;
}

/// <summary>Ends a job of a kind without compensation: remove its temporary files, then record how it ended.</summary>
public sealed record FinishJob(string JobId, JobStatus Status, string Reason);
