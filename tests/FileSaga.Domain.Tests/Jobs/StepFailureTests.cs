using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class StepFailureTests
{
    private static readonly StepError Retryable = new(Transient, true);
    private static readonly StepError NotRetryable = new(Permanent, false);

    [Fact]
    public void a_retryable_failure_schedules_the_next_attempt_after_the_first_wait()
    {
        var state = Given(SucceededBefore(Step.Upload));

        var decision = JobDecider.StepAttemptFailed(state, Step.Upload, 1, Retryable, Now, StepPolicies.Defaults);

        Then(decision, Run(Step.Upload, 2, afterSeconds: 5),
            new StepAttemptFailed(JobId, Step.Upload, 1, Transient, true, Now.AddSeconds(5), Now));
    }

    [Fact]
    public void the_wait_doubles_after_the_second_failed_attempt()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Upload),
            new StepAttemptFailed(JobId, Step.Upload, 1, Transient, true, Now.AddSeconds(-5), Now.AddSeconds(-10)),
        ]);

        var decision = JobDecider.StepAttemptFailed(state, Step.Upload, 2, Retryable, Now, StepPolicies.Defaults);

        Then(decision, Run(Step.Upload, 3, afterSeconds: 10),
            new StepAttemptFailed(JobId, Step.Upload, 2, Transient, true, Now.AddSeconds(10), Now));
    }

    [Theory]
    [InlineData(Step.Download, 1)]
    [InlineData(Step.Validate, 1)]
    [InlineData(Step.Backup, 1)]
    [InlineData(Step.Parse, 1)]
    [InlineData(Step.Process, 2)]
    [InlineData(Step.Save, 1)]
    [InlineData(Step.Upload, 5)]
    [InlineData(Step.Verify, 1)]
    [InlineData(Step.Notify, 2)]
    [InlineData(Step.Cleanup, 1)]
    public void each_step_retries_after_the_first_wait_of_its_policy(Step step, int firstRetrySeconds)
    {
        var state = Given(SucceededBefore(step));

        var decision = JobDecider.StepAttemptFailed(state, step, 1, Retryable, Now, StepPolicies.Defaults);

        Then(decision, Run(step, 2, firstRetrySeconds),
            new StepAttemptFailed(JobId, step, 1, Transient, true, Now.AddSeconds(firstRetrySeconds), Now));
    }

    [Fact]
    public void the_wait_doubles_after_each_failed_attempt_up_to_the_longest_wait_of_the_step()
    {
        var policies = StepPolicies.Defaults.With(Step.Upload, p => p with { Retry = p.Retry with { Attempts = 7 } });
        var history = SucceededBefore(Step.Upload).ToList();
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var decision = JobDecider.StepAttemptFailed(Given([.. history]), Step.Upload, attempt, Retryable, Now, policies);
            var next = decision.Next.ShouldBeOfType<NextAction.RunStep>();
            next.Attempt.ShouldBe(attempt + 1);
            decision.Events.ShouldHaveSingleItem().ShouldBeOfType<StepAttemptFailed>().RetryAt.ShouldBe(Now + next.Delay);
            waits.Add(next.Delay);
            history.AddRange(decision.Events);
        }

        waits.Select(w => w.TotalSeconds).ShouldBe([5, 10, 20, 40, 60, 60]);
    }

    [Fact]
    public void a_non_retryable_failure_fails_the_step_at_once_even_with_attempts_left_and_compensates()
    {
        var state = Given(SucceededBefore(Step.Upload));

        var decision = JobDecider.StepAttemptFailed(state, Step.Upload, 1, NotRetryable, Now, StepPolicies.Defaults);

        Then(decision, Undo(Step.Upload),
            new StepAttemptFailed(JobId, Step.Upload, 1, Permanent, false, null, Now),
            new StepFailed(JobId, Step.Upload, 1, Permanent, Now),
            new CompensationStarted(JobId, $"upload failed: {Permanent}", Steps("upload, save, backup, download"), Now));
    }

    [Fact]
    public void a_failure_of_the_last_attempt_fails_the_step_and_compensates()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Save),
            new StepAttemptFailed(JobId, Step.Save, 1, Transient, true, Now.AddSeconds(-20), Now.AddSeconds(-21)),
            new StepAttemptFailed(JobId, Step.Save, 2, Transient, true, Now.AddSeconds(-10), Now.AddSeconds(-12)),
        ]);

        var decision = JobDecider.StepAttemptFailed(state, Step.Save, 3, Retryable, Now, StepPolicies.Defaults);

        Then(decision, Undo(Step.Save),
            new StepAttemptFailed(JobId, Step.Save, 3, Transient, true, null, Now),
            new StepFailed(JobId, Step.Save, 3, Transient, Now),
            new CompensationStarted(JobId, $"save failed: {Transient}", Steps("save, backup, download"), Now));
    }

    [Fact]
    public void a_step_with_two_attempts_fails_for_good_at_its_second()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Validate),
            new StepAttemptFailed(JobId, Step.Validate, 1, Transient, true, Now.AddSeconds(-1), Now.AddSeconds(-2)),
        ]);

        var decision = JobDecider.StepAttemptFailed(state, Step.Validate, 2, Retryable, Now, StepPolicies.Defaults);

        Then(decision, Undo(Step.Download),
            new StepAttemptFailed(JobId, Step.Validate, 2, Transient, true, null, Now),
            new StepFailed(JobId, Step.Validate, 2, Transient, Now),
            new CompensationStarted(JobId, $"validate failed: {Transient}", Steps("download"), Now));
    }
}
