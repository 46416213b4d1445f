using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class CompensationTests
{
    /// <summary>The step that fails for good → the steps undone, in the order they are undone.</summary>
    public static readonly TheoryData<Step, string> FailuresAndTheirUndoOrder = new()
    {
        { Step.Download, "download" },
        { Step.Validate, "download" },
        { Step.Backup, "backup, download" },
        { Step.Parse, "backup, download" },
        { Step.Process, "backup, download" },
        { Step.Save, "save, backup, download" },
        { Step.Upload, "upload, save, backup, download" },
        { Step.Verify, "upload, save, backup, download" },
        { Step.Notify, "upload, save, backup, download" },
        { Step.Cleanup, "upload, save, backup, download" },
    };

    private static readonly StepError NotRetryable = new(Permanent, false);

    [Theory]
    [MemberData(nameof(FailuresAndTheirUndoOrder))]
    public void a_final_failure_undoes_the_steps_done_and_the_failed_step_in_reverse_order(Step failed, string undoOrder)
    {
        var undo = Steps(undoOrder);
        var state = Given(SucceededBefore(failed));

        var decision = JobDecider.StepAttemptFailed(state, failed, 1, NotRetryable, Now, StepPolicies.Defaults);

        Then(decision, Undo(undo[0]),
            new StepAttemptFailed(JobId, failed, 1, Permanent, false, null, Now),
            new StepFailed(JobId, failed, 1, Permanent, Now),
            new CompensationStarted(JobId, $"{failed.ToString().ToLowerInvariant()} failed: {Permanent}", undo, Now));
    }

    [Theory]
    [MemberData(nameof(FailuresAndTheirUndoOrder))]
    public void each_compensation_done_runs_the_next_and_the_last_one_compensates_the_job(Step failed, string undoOrder)
    {
        var undo = Steps(undoOrder);
        var history = CompensatingAfterFailureOf(failed, [.. undo]).ToList();
        var recorded = new List<object>();

        for (var i = 0; i < undo.Count; i++)
        {
            var decision = JobDecider.CompensationSucceeded(Given([.. history]), undo[i], 1, UndoActions[undo[i]], Now);

            var compensated = new StepCompensated(JobId, undo[i], UndoActions[undo[i]], 1, Now);
            if (i < undo.Count - 1)
            {
                Then(decision, Undo(undo[i + 1]), compensated);
            }
            else
            {
                Then(decision, NextAction.None, compensated, new JobCompensated(JobId, Now));
            }

            history.AddRange(decision.Events);
            recorded.AddRange(decision.Events);
        }

        recorded.OfType<StepCompensated>().Select(c => c.Step).ShouldBe(undo);
        var end = Given([.. history]);
        end.Status.ShouldBe(JobStatus.Compensated);
        end.Compensations.ShouldAllBe(c => c.Status == CompensationStatus.Succeeded);
    }

    [Fact]
    public void a_failed_compensation_attempt_is_retried_after_the_wait_of_its_policy()
    {
        var state = Given(CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download));

        var decision = JobDecider.CompensationAttemptFailed(state, Step.Upload, 1, "rollback-upload", Transient, Now, StepPolicies.Defaults);

        Then(decision, Undo(Step.Upload, 2, afterSeconds: 1),
            new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 1, Transient, Now.AddSeconds(1), Now));
    }

    [Fact]
    public void the_wait_between_compensation_attempts_doubles()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download),
            new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 1, Transient, Now.AddSeconds(-1), Now.AddSeconds(-2)),
        ]);

        var decision = JobDecider.CompensationAttemptFailed(state, Step.Upload, 2, "rollback-upload", Transient, Now, StepPolicies.Defaults);

        Then(decision, Undo(Step.Upload, 3, afterSeconds: 2),
            new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 2, Transient, Now.AddSeconds(2), Now));
    }

    [Fact]
    public void a_compensation_that_succeeds_on_a_retry_moves_on_to_the_next()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download),
            new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 1, Transient, Now.AddSeconds(-1), Now.AddSeconds(-2)),
        ]);

        var decision = JobDecider.CompensationSucceeded(state, Step.Upload, 2, "rollback-upload", Now);

        Then(decision, Undo(Step.Save), new StepCompensated(JobId, Step.Upload, "rollback-upload", 2, Now));
    }

    [Fact]
    public void a_compensation_that_exhausts_its_retries_parks_the_job_as_compensation_failed()
    {
        var history = CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download).ToList();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            history.Add(new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", attempt, Transient, Now.AddSeconds(attempt - 10), Now.AddSeconds(attempt - 11)));
        }

        var decision = JobDecider.CompensationAttemptFailed(Given([.. history]), Step.Upload, 5, "rollback-upload", Transient, Now, StepPolicies.Defaults);

        var parked = new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 5, Transient, null, Now);
        Then(decision, NextAction.None, parked);

        var state = Given([.. history, parked]);
        state.Status.ShouldBe(JobStatus.CompensationFailed);
        state.IsTerminal.ShouldBeTrue();
        state.FinishedAt.ShouldBe(Now);
        state.Error.ShouldBe($"rollback-upload failed: {Transient}");
        state.Compensations.Select(c => (c.Step, c.Status)).ShouldBe(
        [
            (Step.Upload, CompensationStatus.Failed),
            (Step.Save, CompensationStatus.Pending),
            (Step.Backup, CompensationStatus.Pending),
            (Step.Download, CompensationStatus.Pending),
        ]);
        state.Compensations[0].Attempts.ShouldBe(5);
        state.Compensations[0].LastError.ShouldBe(Transient);
    }

    [Fact]
    public void a_parked_compensation_takes_no_further_results()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Validate, Step.Download),
            new CompensationStepFailed(JobId, Step.Download, "delete-download", 1, Transient, null, Now.AddSeconds(-1)),
        ]);

        ThenIgnored(JobDecider.CompensationSucceeded(state, Step.Download, 2, "delete-download", Now));
        ThenIgnored(JobDecider.CompensationAttemptFailed(state, Step.Download, 2, "delete-download", Transient, Now, StepPolicies.Defaults));
    }
}
