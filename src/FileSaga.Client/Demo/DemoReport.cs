using FileSaga.Client.Api;

namespace FileSaga.Client.Demo;

public sealed record DemoReport(IReadOnlyList<DemoJobResult> Jobs, bool TimedOut)
{
    public bool AllAsExpected => Jobs.Count > 0 && Jobs.All(j => j.AsExpected);
}

/// <summary>How one demo job ended. <see cref="Final"/> is the last view polled; null when it was never readable.</summary>
public sealed record DemoJobResult(DemoJob Job, string JobId, JobView? Final, string? SubmitError)
{
    public string ExpectedStatus => Job.ExpectedStatus;

    public string? ActualStatus => Final?.Status;

    public bool AsExpected => SubmitError is null && JobStatuses.Is(ActualStatus, ExpectedStatus);
}
