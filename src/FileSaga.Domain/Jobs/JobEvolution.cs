using FileSaga.Domain.Plans;

namespace FileSaga.Domain.Jobs;

/// <summary>How each event changes a <see cref="JobState"/>. Pure: times come from the events.</summary>
internal static class JobEvolution
{
    public static JobState Apply(JobState s, object e) => e switch
    {
        JobSubmitted x => Submitted(x),
        FileDownloaded x => Succeeded(s, Step.Download, x.DownloadedAt) with
        {
            Files = s.Files with { DownloadPath = x.Path, Size = x.Size, Sha256 = x.Sha256 },
        },
        FileValidated x => Succeeded(s, Step.Validate, x.ValidatedAt) with
        {
            Files = s.Files with { Format = x.Format, Records = x.Records },
        },
        FileBackedUp x => Succeeded(s, Step.Backup, x.BackedUpAt) with { Files = s.Files with { BackupPath = x.Path } },
        RecordsParsed x => Succeeded(s, Step.Parse, x.ParsedAt) with { Files = s.Files with { ParsedPath = x.Path } },
        RecordsProcessed x => Succeeded(s, Step.Process, x.ProcessedAt) with
        {
            Files = s.Files with { ProcessedPath = x.Path, Processed = x.Processed, Rejected = x.Rejected, RejectedPath = x.RejectedPath },
        },
        OutputSaved x => Succeeded(s, Step.Save, x.SavedAt) with
        {
            Files = s.Files with { OutputPath = x.Path, RecordsSaved = x.Records, OutputSize = x.Size, OutputSha256 = x.Sha256 },
        },
        OutputUploaded x => Succeeded(s, Step.Upload, x.UploadedAt) with
        {
            Files = s.Files with { UploadId = x.UploadId, UploadedSize = x.Size },
        },
        ResultVerified x => Succeeded(s, Step.Verify, x.VerifiedAt),
        NotificationSent x => Succeeded(s, Step.Notify, x.SentAt),
        TempFilesCleaned x => Succeeded(s, Step.Cleanup, x.CleanedAt),
        StepAttemptFailed x => AttemptFailed(s, x),
        StepFailed x => UpdateStep(s, x.Step, st => st with { Status = StepStatus.Failed, Attempts = x.Attempts, LastError = x.Error, FinishedAt = x.FailedAt }) with
        {
            UpdatedAt = x.FailedAt,
            Error = $"{x.Step.Wire()} failed: {x.Error}",
        },
        CompensationStarted x => CompensationBegan(s, x),
        StepCompensated x => NextCompensation(UpdateCompensation(s, x.Step, c => c with { Status = CompensationStatus.Succeeded, Attempts = x.Attempt, LastError = null })) with
        {
            UpdatedAt = x.CompensatedAt,
        },
        CompensationStepFailed x => CompensationAttemptFailed(s, x),
        JobCancelRequested x => s with { CancelRequested = true, UpdatedAt = x.RequestedAt, Error = s.Error ?? $"cancelled: {x.Reason}" },
        JobCompleted x => Finished(s, JobStatus.Completed, x.CompletedAt),
        JobCompensated x => Finished(s, JobStatus.Compensated, x.CompensatedAt),
        JobCancelled x => Finished(s, JobStatus.Cancelled, x.CancelledAt),
        JobFailed x => Finished(s, JobStatus.Failed, x.FailedAt) with { Error = x.Reason },
        _ => s,
    };

    private static JobState Submitted(JobSubmitted e)
    {
        var plan = StepPolicies.PlanOf(e.Kind);
        return new JobState
        {
            Id = e.JobId,
            Kind = e.Kind,
            Status = JobStatus.Submitted,
            SourceUrl = e.SourceUrl,
            FileName = e.FileName,
            SubmittedAt = e.SubmittedAt,
            UpdatedAt = e.SubmittedAt,
            CurrentStep = plan[0],
            Steps = [.. plan.Select((step, i) => new StepState(step, i == 0 ? StepStatus.Running : StepStatus.Pending, 0, i == 0 ? e.SubmittedAt : null, null, null))],
        };
    }

    private static JobState Succeeded(JobState s, Step step, DateTimeOffset at)
    {
        var done = UpdateStep(s, step, st => st with { Status = StepStatus.Succeeded, Attempts = st.Attempts + 1, FinishedAt = at, LastError = null });
        var next = done.Steps.FirstOrDefault(st => st.Status == StepStatus.Pending);
        if (next is not null && done.Status is JobStatus.Submitted or JobStatus.Running && !done.CancelRequested)
        {
            done = UpdateStep(done, next.Name, st => st with { Status = StepStatus.Running, StartedAt = at });
        }

        return done with
        {
            Status = done.Status == JobStatus.Submitted ? JobStatus.Running : done.Status,
            CurrentStep = next?.Name,
            UpdatedAt = at,
        };
    }

    private static JobState AttemptFailed(JobState s, StepAttemptFailed e) =>
        UpdateStep(s, e.Step, st => st with
        {
            Status = e.RetryAt is null ? StepStatus.Failed : StepStatus.Retrying,
            Attempts = e.Attempt,
            LastError = e.Error,
        }) with
        {
            Status = s.Status == JobStatus.Submitted ? JobStatus.Running : s.Status,
            UpdatedAt = e.FailedAt,
        };

    private static JobState CompensationBegan(JobState s, CompensationStarted e)
    {
        var policies = StepPolicies.Defaults;
        var compensations = e.Steps
            .Select((step, i) => new CompensationState(step, policies[step].Compensation?.Action ?? "none", i == 0 ? CompensationStatus.Running : CompensationStatus.Pending, 0, null))
            .ToList();
        return SkipUnfinished(s) with
        {
            Status = JobStatus.Compensating,
            Compensations = compensations,
            CurrentStep = null,
            UpdatedAt = e.StartedAt,
            Error = s.Error ?? e.Reason,
        };
    }

    private static JobState CompensationAttemptFailed(JobState s, CompensationStepFailed e)
    {
        var parked = e.RetryAt is null;
        var next = UpdateCompensation(s, e.Step, c => c with
        {
            Status = parked ? CompensationStatus.Failed : CompensationStatus.Running,
            Attempts = e.Attempt,
            LastError = e.Error,
        });
        return next with
        {
            Status = parked ? JobStatus.CompensationFailed : next.Status,
            UpdatedAt = e.FailedAt,
            FinishedAt = parked ? e.FailedAt : next.FinishedAt,
            Error = parked ? $"{e.Action} failed: {e.Error}" : next.Error,
        };
    }

    private static JobState NextCompensation(JobState s)
    {
        var next = s.Compensations.FirstOrDefault(c => c.Status == CompensationStatus.Pending);
        return next is null ? s : UpdateCompensation(s, next.Step, c => c with { Status = CompensationStatus.Running });
    }

    private static JobState Finished(JobState s, JobStatus status, DateTimeOffset at) =>
        SkipUnfinished(s) with { Status = status, FinishedAt = at, UpdatedAt = at, CurrentStep = null };

    // Steps that never ran once the job stops going forward; a step caught mid-way keeps what it was.
    private static JobState SkipUnfinished(JobState s) => s with
    {
        Steps = [.. s.Steps.Select(st => st.Status == StepStatus.Pending || (st.Status == StepStatus.Running && st.Attempts == 0)
            ? st with { Status = StepStatus.Skipped }
            : st.Status is StepStatus.Running or StepStatus.Retrying ? st with { Status = StepStatus.Failed } : st)],
    };

    private static JobState UpdateStep(JobState s, Step step, Func<StepState, StepState> change) =>
        s with { Steps = [.. s.Steps.Select(st => st.Name == step ? change(st) : st)] };

    private static JobState UpdateCompensation(JobState s, Step step, Func<CompensationState, CompensationState> change) =>
        s with { Compensations = [.. s.Compensations.Select(c => c.Step == step ? change(c) : c)] };
}
