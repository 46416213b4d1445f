using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

/// <summary>The fields of the job view, as <see cref="JobState.Evolve"/> derives them from the events.</summary>
public class JobViewTests
{
    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void a_submitted_job_shows_its_request_and_its_plan_with_the_download_running(JobKind kind)
    {
        var state = Given(Submitted(kind));

        state.Id.ShouldBe(JobId);
        state.Kind.ShouldBe(kind);
        state.Status.ShouldBe(JobStatus.Submitted);
        state.SourceUrl.ShouldBe(SourceUrl);
        state.FileName.ShouldBe(FileName);
        state.SubmittedAt.ShouldBe(SubmittedAt);
        state.UpdatedAt.ShouldBe(SubmittedAt);
        state.FinishedAt.ShouldBeNull();
        state.Error.ShouldBeNull();
        state.CurrentStep.ShouldBe(Step.Download);
        state.Steps.Select(s => s.Name).ShouldBe(ExpectedPlan(kind));
        state.Steps[0].ShouldBe(new StepState(Step.Download, StepStatus.Running, 0, SubmittedAt, null, null));
        state.Steps.Skip(1).ShouldAllBe(s => s.Status == StepStatus.Pending && s.Attempts == 0 && s.StartedAt == null);
        state.Compensations.ShouldBeEmpty();
    }

    [Fact]
    public void the_first_success_makes_the_job_running_and_starts_the_next_step()
    {
        var downloadedAt = DoneAt(0);

        var state = Given(Submitted(), SuccessOf(Step.Download, downloadedAt));

        state.Status.ShouldBe(JobStatus.Running);
        state.CurrentStep.ShouldBe(Step.Validate);
        state.UpdatedAt.ShouldBe(downloadedAt);
        state.StepOf(Step.Download).ShouldBe(new StepState(Step.Download, StepStatus.Succeeded, 1, SubmittedAt, downloadedAt, null));
        state.StepOf(Step.Validate).ShouldBe(new StepState(Step.Validate, StepStatus.Running, 0, downloadedAt, null, null));
        state.StepOf(Step.Backup).Status.ShouldBe(StepStatus.Pending);
    }

    [Fact]
    public void a_failed_attempt_shows_the_step_retrying_with_its_attempts_and_last_error()
    {
        var failedAt = SubmittedAt.AddSeconds(3);

        var state = Given(Submitted(), new StepAttemptFailed(JobId, Step.Download, 1, Transient, true, failedAt.AddSeconds(1), failedAt));

        state.Status.ShouldBe(JobStatus.Running);
        state.CurrentStep.ShouldBe(Step.Download);
        state.UpdatedAt.ShouldBe(failedAt);
        state.StepOf(Step.Download).ShouldBe(new StepState(Step.Download, StepStatus.Retrying, 1, SubmittedAt, null, Transient));
    }

    [Fact]
    public void a_step_that_succeeds_after_a_retry_counts_both_attempts()
    {
        var state = Given(
            Submitted(),
            new StepAttemptFailed(JobId, Step.Download, 1, Transient, true, SubmittedAt.AddSeconds(2), SubmittedAt.AddSeconds(1)),
            SuccessOf(Step.Download, SubmittedAt.AddSeconds(3)));

        var download = state.StepOf(Step.Download);
        download.Status.ShouldBe(StepStatus.Succeeded);
        download.Attempts.ShouldBe(2);
        download.FinishedAt.ShouldBe(SubmittedAt.AddSeconds(3));
        state.CurrentStep.ShouldBe(Step.Validate);
    }

    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void a_completed_job_shows_every_step_succeeded_once_and_when_it_finished(JobKind kind)
    {
        var plan = ExpectedPlan(kind);

        var state = Given(CompletedJob(kind));

        state.Status.ShouldBe(JobStatus.Completed);
        state.IsTerminal.ShouldBeTrue();
        state.CurrentStep.ShouldBeNull();
        state.FinishedAt.ShouldBe(DoneAt(plan.Count));
        state.UpdatedAt.ShouldBe(DoneAt(plan.Count));
        state.Error.ShouldBeNull();
        state.Steps.ShouldBe(plan.Select((step, i) => new StepState(step, StepStatus.Succeeded, 1, i == 0 ? SubmittedAt : DoneAt(i - 1), DoneAt(i), null)));
    }

    [Fact]
    public void the_job_view_keeps_the_file_facts_each_step_reported()
    {
        var state = Given(CompletedJob());

        state.Files.ShouldBe(new JobFiles
        {
            DownloadPath = $"jobs/{JobId}/input/source.csv",
            Size = 2048,
            Sha256 = "aa11",
            Format = "csv",
            Records = 100,
            BackupPath = $"jobs/{JobId}/backup/source.csv",
            ParsedPath = $"jobs/{JobId}/processed/parsed.ndjson",
            ProcessedPath = $"jobs/{JobId}/processed/processed.ndjson",
            Processed = 97,
            Rejected = 3,
            RejectedPath = $"jobs/{JobId}/processed/rejected.ndjson",
            OutputPath = $"jobs/{JobId}/processed/output.json",
            RecordsSaved = 97,
            OutputSize = 4096,
            OutputSha256 = "bb22",
            UploadId = "upload-7",
            UploadedSize = 4096,
        });
    }

    [Fact]
    public void a_compensating_job_shows_the_failed_step_the_skipped_steps_and_the_compensations_to_run()
    {
        var state = Given(CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download));

        state.Status.ShouldBe(JobStatus.Compensating);
        state.CurrentStep.ShouldBeNull();
        state.FinishedAt.ShouldBeNull();
        state.Error.ShouldBe($"upload failed: {Permanent}");
        state.StepOf(Step.Upload).ShouldBe(new StepState(Step.Upload, StepStatus.Failed, 1, DoneAt(5), SubmittedAt.AddMinutes(30), Permanent));
        state.Steps.Select(s => s.Status).ShouldBe(
        [
            StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Succeeded,
            StepStatus.Succeeded, StepStatus.Failed, StepStatus.Skipped, StepStatus.Skipped, StepStatus.Skipped,
        ]);
        state.Compensations.ShouldBe(
        [
            new CompensationState(Step.Upload, "rollback-upload", CompensationStatus.Running, 0, null),
            new CompensationState(Step.Save, "delete-output", CompensationStatus.Pending, 0, null),
            new CompensationState(Step.Backup, "restore-backup", CompensationStatus.Pending, 0, null),
            new CompensationState(Step.Download, "delete-download", CompensationStatus.Pending, 0, null),
        ]);
    }

    [Fact]
    public void a_compensation_done_shows_succeeded_and_starts_the_next()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Save, Step.Save, Step.Backup, Step.Download),
            new CompensationStepFailed(JobId, Step.Save, "delete-output", 1, "disk busy", Now.AddSeconds(-8), Now.AddSeconds(-9)),
            new StepCompensated(JobId, Step.Save, "delete-output", 2, Now),
        ]);

        state.Status.ShouldBe(JobStatus.Compensating);
        state.UpdatedAt.ShouldBe(Now);
        state.Compensations.ShouldBe(
        [
            new CompensationState(Step.Save, "delete-output", CompensationStatus.Succeeded, 2, null),
            new CompensationState(Step.Backup, "restore-backup", CompensationStatus.Running, 0, null),
            new CompensationState(Step.Download, "delete-download", CompensationStatus.Pending, 0, null),
        ]);
    }

    [Fact]
    public void a_retried_compensation_shows_its_attempts_and_last_error()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Validate, Step.Download),
            new CompensationStepFailed(JobId, Step.Download, "delete-download", 1, "disk busy", Now.AddSeconds(1), Now),
        ]);

        state.Status.ShouldBe(JobStatus.Compensating);
        state.FinishedAt.ShouldBeNull();
        state.Compensations.ShouldHaveSingleItem().ShouldBe(new CompensationState(Step.Download, "delete-download", CompensationStatus.Running, 1, "disk busy"));
    }

    [Fact]
    public void a_compensated_job_shows_when_it_finished_and_keeps_why_it_failed()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Validate, Step.Download),
            new StepCompensated(JobId, Step.Download, "delete-download", 1, Now.AddSeconds(-1)),
            new JobCompensated(JobId, Now),
        ]);

        state.Status.ShouldBe(JobStatus.Compensated);
        state.IsTerminal.ShouldBeTrue();
        state.FinishedAt.ShouldBe(Now);
        state.UpdatedAt.ShouldBe(Now);
        state.Error.ShouldBe($"validate failed: {Permanent}");
        state.Compensations.ShouldHaveSingleItem().Status.ShouldBe(CompensationStatus.Succeeded);
    }

    [Fact]
    public void an_event_the_job_does_not_know_leaves_it_unchanged()
    {
        var before = Given(SucceededBefore(Step.Parse));

        var after = JobState.Evolve(before, new { JobId, Note = "not a job event" });

        after.ShouldBe(before);
    }
}
