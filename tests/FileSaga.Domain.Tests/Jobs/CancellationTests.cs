using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class CancellationTests
{
    private const string Reason = "no longer needed";

    public static readonly TheoryData<string> FinishedJobs = new() { "completed saga", "completed simple", "compensated", "compensation failed", "cancelled", "failed" };

    [Fact]
    public void cancelling_a_saga_records_the_request_and_undoes_the_steps_done_in_reverse_order()
    {
        var state = Given(SucceededBefore(Step.Parse));

        var decision = JobDecider.CancelRequested(state, Reason, Now);

        decision.ShouldNotBeNull();
        Then(decision, Undo(Step.Backup),
            new JobCancelRequested(JobId, Reason, Now),
            new CompensationStarted(JobId, $"cancelled: {Reason}", Steps("backup, download"), Now));
    }

    [Fact]
    public void cancelling_a_saga_while_a_step_with_a_compensation_runs_undoes_that_step_too()
    {
        var state = Given(SucceededBefore(Step.Upload));

        var decision = JobDecider.CancelRequested(state, Reason, Now);

        decision.ShouldNotBeNull();
        Then(decision, Undo(Step.Upload),
            new JobCancelRequested(JobId, Reason, Now),
            new CompensationStarted(JobId, $"cancelled: {Reason}", Steps("upload, save, backup, download"), Now));
    }

    [Fact]
    public void a_cancelled_saga_ends_cancelled_once_its_compensations_are_done()
    {
        var history = SucceededBefore(Step.Parse).ToList();
        history.AddRange(JobDecider.CancelRequested(Given([.. history]), Reason, Now.AddSeconds(-10))!.Events);

        var backup = JobDecider.CompensationSucceeded(Given([.. history]), Step.Backup, 1, "restore-backup", Now.AddSeconds(-5));
        Then(backup, Undo(Step.Download), new StepCompensated(JobId, Step.Backup, "restore-backup", 1, Now.AddSeconds(-5)));
        history.AddRange(backup.Events);

        var download = JobDecider.CompensationSucceeded(Given([.. history]), Step.Download, 1, "delete-download", Now);
        Then(download, NextAction.None,
            new StepCompensated(JobId, Step.Download, "delete-download", 1, Now),
            new JobCancelled(JobId, Now));
        history.AddRange(download.Events);

        var state = Given([.. history]);
        state.Status.ShouldBe(JobStatus.Cancelled);
        state.FinishedAt.ShouldBe(Now);
        state.Error.ShouldBe($"cancelled: {Reason}");
    }

    [Fact]
    public void cancelling_a_simple_job_stops_it_without_compensation()
    {
        var state = Given(SucceededBefore(Step.Parse, JobKind.Simple));

        var decision = JobDecider.CancelRequested(state, Reason, Now);

        decision.ShouldNotBeNull();
        Then(decision, new NextAction.FinishWithoutCompensation(JobStatus.Cancelled, $"cancelled: {Reason}"),
            new JobCancelRequested(JobId, Reason, Now));
    }

    [Fact]
    public void a_cancelled_simple_job_finishes_cancelled_and_skips_the_steps_it_did_not_run()
    {
        object[] history = [.. SucceededBefore(Step.Parse, JobKind.Simple), new JobCancelRequested(JobId, Reason, Now.AddSeconds(-1))];

        var decision = JobDecider.FinishedWithoutCompensation(Given(history), JobStatus.Cancelled, $"cancelled: {Reason}", Now);

        Then(decision, NextAction.None, new JobCancelled(JobId, Now));
        var state = Given([.. history, .. decision.Events]);
        state.Status.ShouldBe(JobStatus.Cancelled);
        state.Error.ShouldBe($"cancelled: {Reason}");
        state.Steps.Select(s => s.Status).ShouldBe(
            [StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Skipped, StepStatus.Skipped, StepStatus.Skipped, StepStatus.Skipped]);
    }

    [Fact]
    public void a_second_cancel_request_is_ignored()
    {
        var state = Given([.. SucceededBefore(Step.Parse, JobKind.Simple), new JobCancelRequested(JobId, Reason, Now.AddSeconds(-1))]);

        ThenIgnored(JobDecider.CancelRequested(state, "again", Now));
    }

    [Fact]
    public void cancelling_a_saga_that_is_already_compensating_only_records_the_request()
    {
        var state = Given(CompensatingAfterFailureOf(Step.Save, Step.Save, Step.Backup, Step.Download));

        var decision = JobDecider.CancelRequested(state, Reason, Now);

        decision.ShouldNotBeNull();
        Then(decision, NextAction.None, new JobCancelRequested(JobId, Reason, Now));
    }

    [Theory]
    [MemberData(nameof(FinishedJobs))]
    public void cancelling_a_finished_job_has_nothing_to_decide(string finished)
    {
        var state = Given(Finished(finished));
        state.IsTerminal.ShouldBeTrue();

        JobDecider.CancelRequested(state, Reason, Now).ShouldBeNull();
    }

    private static object[] Finished(string how) => how switch
    {
        "completed saga" => CompletedJob(JobKind.Saga),
        "completed simple" => CompletedJob(JobKind.Simple),
        "compensated" =>
        [
            .. CompensatingAfterFailureOf(Step.Validate, Step.Download),
            new StepCompensated(JobId, Step.Download, "delete-download", 1, Now.AddSeconds(-2)),
            new JobCompensated(JobId, Now.AddSeconds(-2)),
        ],
        "compensation failed" =>
        [
            .. CompensatingAfterFailureOf(Step.Validate, Step.Download),
            new CompensationStepFailed(JobId, Step.Download, "delete-download", 1, "disk full", null, Now.AddSeconds(-2)),
        ],
        "cancelled" => [.. SucceededBefore(Step.Parse, JobKind.Simple), new JobCancelRequested(JobId, Reason, Now.AddSeconds(-3)), new JobCancelled(JobId, Now.AddSeconds(-2))],
        "failed" => [.. SucceededBefore(Step.Parse, JobKind.Simple), new StepFailed(JobId, Step.Parse, 1, "empty file", Now.AddSeconds(-3)), new JobFailed(JobId, "parse failed: empty file", Now.AddSeconds(-2))],
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };
}
