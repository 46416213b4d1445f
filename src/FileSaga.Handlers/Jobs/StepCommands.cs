using FileSaga.Domain.Jobs;

namespace FileSaga.Handlers.Jobs;

/// <summary>A command that runs one attempt of one step of one job.</summary>
public interface IStepCommand
{
    string JobId { get; }

    int Attempt { get; }

    Step Step { get; }
}

public sealed record DownloadFile(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Download;
}

public sealed record ValidateFile(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Validate;
}

public sealed record BackUpFile(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Backup;
}

public sealed record ParseRecords(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Parse;
}

public sealed record ProcessRecords(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Process;
}

public sealed record SaveOutput(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Save;
}

public sealed record UploadOutput(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Upload;
}

public sealed record VerifyResult(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Verify;
}

public sealed record SendNotification(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Notify;
}

public sealed record CleanUpTempFiles(string JobId, int Attempt) : IStepCommand
{
    public Step Step => Step.Cleanup;
}
