using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class LateAndDuplicateMessageTests
{
    private static readonly StepError Retryable = new(Transient, true);

    [Fact]
    public void the_same_success_delivered_twice_is_recorded_once()
    {
        var state = Given(SucceededBefore(Step.Validate));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Download, 1, SuccessOf(Step.Download, Now), Now));
    }

    [Fact]
    public void the_same_failed_attempt_delivered_twice_schedules_one_retry()
    {
        var state = Given([.. SucceededBefore(Step.Download), new StepAttemptFailed(JobId, Step.Download, 1, Transient, true, Now, Now.AddSeconds(-1))]);

        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Download, 1, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_late_success_of_an_attempt_already_given_up_is_ignored()
    {
        var state = Given([.. SucceededBefore(Step.Upload), new StepAttemptFailed(JobId, Step.Upload, 1, "timed out", true, Now, Now.AddSeconds(-5))]);

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Upload, 1, SuccessOf(Step.Upload, Now), Now));
    }

    [Fact]
    public void an_attempt_the_job_has_not_asked_for_yet_is_ignored()
    {
        var state = Given(SucceededBefore(Step.Upload));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Upload, 2, SuccessOf(Step.Upload, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Upload, 3, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_result_of_a_step_that_is_not_running_is_ignored()
    {
        var state = Given(SucceededBefore(Step.Validate));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Backup, 1, SuccessOf(Step.Backup, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Parse, 1, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_simple_job_ignores_results_of_steps_it_does_not_have()
    {
        var state = Given(SucceededBefore(Step.Parse, JobKind.Simple));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Backup, 1, SuccessOf(Step.Backup, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Upload, 1, Retryable, Now, StepPolicies.Defaults));
    }

    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void a_step_result_after_the_job_completed_is_ignored(JobKind kind)
    {
        var state = Given(CompletedJob(kind));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Cleanup, 1, SuccessOf(Step.Cleanup, Now), Now));
        ThenIgnored(JobDecider.StepSucceeded(state, Step.Cleanup, 2, SuccessOf(Step.Cleanup, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Cleanup, 2, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_step_result_after_a_simple_job_failed_is_ignored()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Parse, JobKind.Simple),
            new StepAttemptFailed(JobId, Step.Parse, 1, "empty file", false, null, Now),
            new StepFailed(JobId, Step.Parse, 1, "empty file", Now),
        ]);

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Parse, 2, SuccessOf(Step.Parse, Now), Now));
        ThenIgnored(JobDecider.StepSucceeded(state, Step.Process, 1, SuccessOf(Step.Process, Now), Now));
    }

    [Fact]
    public void a_step_result_while_compensating_is_ignored()
    {
        var state = Given(CompensatingAfterFailureOf(Step.Verify, Step.Upload, Step.Save, Step.Backup, Step.Download));

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Verify, 2, SuccessOf(Step.Verify, Now), Now));
        ThenIgnored(JobDecider.StepSucceeded(state, Step.Notify, 1, SuccessOf(Step.Notify, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Verify, 2, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_step_result_after_a_cancel_request_is_ignored()
    {
        var state = Given([.. SucceededBefore(Step.Save, JobKind.Simple), new JobCancelRequested(JobId, "stop", Now.AddSeconds(-1))]);

        ThenIgnored(JobDecider.StepSucceeded(state, Step.Save, 1, SuccessOf(Step.Save, Now), Now));
        ThenIgnored(JobDecider.StepAttemptFailed(state, Step.Save, 1, Retryable, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void the_same_compensation_delivered_twice_is_recorded_once()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download),
            new StepCompensated(JobId, Step.Upload, "rollback-upload", 1, Now.AddSeconds(-1)),
        ]);

        ThenIgnored(JobDecider.CompensationSucceeded(state, Step.Upload, 1, "rollback-upload", Now));
        ThenIgnored(JobDecider.CompensationAttemptFailed(state, Step.Upload, 1, "rollback-upload", Transient, Now, StepPolicies.Defaults));
    }

    [Fact]
    public void a_late_compensation_attempt_or_one_out_of_turn_is_ignored()
    {
        var state = Given(
        [
            .. CompensatingAfterFailureOf(Step.Upload, Step.Upload, Step.Save, Step.Backup, Step.Download),
            new CompensationStepFailed(JobId, Step.Upload, "rollback-upload", 1, Transient, Now, Now.AddSeconds(-1)),
        ]);

        ThenIgnored(JobDecider.CompensationSucceeded(state, Step.Upload, 1, "rollback-upload", Now));
        ThenIgnored(JobDecider.CompensationAttemptFailed(state, Step.Upload, 1, "rollback-upload", Transient, Now, StepPolicies.Defaults));
        ThenIgnored(JobDecider.CompensationSucceeded(state, Step.Save, 1, "delete-output", Now));
    }

    [Fact]
    public void a_compensation_result_for_a_job_that_is_not_compensating_is_ignored()
    {
        var state = Given(SucceededBefore(Step.Verify));

        ThenIgnored(JobDecider.CompensationSucceeded(state, Step.Upload, 1, "rollback-upload", Now));
        ThenIgnored(JobDecider.CompensationAttemptFailed(state, Step.Upload, 1, "rollback-upload", Transient, Now, StepPolicies.Defaults));
    }
}
