using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class SimpleKindTests
{
    [Fact]
    public void a_simple_job_failure_stops_it_without_compensation()
    {
        var state = Given(SucceededBefore(Step.Parse, JobKind.Simple));

        var decision = JobDecider.StepAttemptFailed(state, Step.Parse, 1, new StepError("empty file", false), Now, StepPolicies.Defaults);

        Then(decision, new NextAction.FinishWithoutCompensation(JobStatus.Failed, "parse failed: empty file"),
            new StepAttemptFailed(JobId, Step.Parse, 1, "empty file", false, null, Now),
            new StepFailed(JobId, Step.Parse, 1, "empty file", Now));
    }

    [Fact]
    public void a_simple_job_retries_a_retryable_failure_like_a_saga()
    {
        var state = Given(SucceededBefore(Step.Process, JobKind.Simple));

        var decision = JobDecider.StepAttemptFailed(state, Step.Process, 1, new StepError(Transient, true), Now, StepPolicies.Defaults);

        Then(decision, Run(Step.Process, 2, afterSeconds: 2),
            new StepAttemptFailed(JobId, Step.Process, 1, Transient, true, Now.AddSeconds(2), Now));
    }

    [Fact]
    public void a_simple_job_whose_retries_are_exhausted_stops_without_compensation()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Save, JobKind.Simple),
            new StepAttemptFailed(JobId, Step.Save, 1, Transient, true, Now.AddSeconds(-10), Now.AddSeconds(-11)),
            new StepAttemptFailed(JobId, Step.Save, 2, Transient, true, Now.AddSeconds(-5), Now.AddSeconds(-7)),
        ]);

        var decision = JobDecider.StepAttemptFailed(state, Step.Save, 3, new StepError(Transient, true), Now, StepPolicies.Defaults);

        Then(decision, new NextAction.FinishWithoutCompensation(JobStatus.Failed, $"save failed: {Transient}"),
            new StepAttemptFailed(JobId, Step.Save, 3, Transient, true, null, Now),
            new StepFailed(JobId, Step.Save, 3, Transient, Now));
    }

    [Fact]
    public void a_failed_simple_job_finishes_as_failed_with_its_reason_and_skips_the_steps_after()
    {
        var failedAt = Now.AddSeconds(-1);
        object[] history =
        [
            .. SucceededBefore(Step.Parse, JobKind.Simple),
            new StepAttemptFailed(JobId, Step.Parse, 1, "empty file", false, null, failedAt),
            new StepFailed(JobId, Step.Parse, 1, "empty file", failedAt),
        ];

        var decision = JobDecider.FinishedWithoutCompensation(Given(history), JobStatus.Failed, "parse failed: empty file", Now);

        var jobFailed = new JobFailed(JobId, "parse failed: empty file", Now);
        Then(decision, NextAction.None, jobFailed);

        var state = Given([.. history, jobFailed]);
        state.Status.ShouldBe(JobStatus.Failed);
        state.Error.ShouldBe("parse failed: empty file");
        state.FinishedAt.ShouldBe(Now);
        state.CurrentStep.ShouldBeNull();
        state.Compensations.ShouldBeEmpty();
        state.Steps.Select(s => (s.Name, s.Status)).ShouldBe(
        [
            (Step.Download, StepStatus.Succeeded),
            (Step.Validate, StepStatus.Succeeded),
            (Step.Parse, StepStatus.Failed),
            (Step.Process, StepStatus.Skipped),
            (Step.Save, StepStatus.Skipped),
            (Step.Cleanup, StepStatus.Skipped),
        ]);
    }

    [Fact]
    public void a_simple_job_finished_twice_records_its_end_once()
    {
        var state = Given(
        [
            .. SucceededBefore(Step.Parse, JobKind.Simple),
            new StepAttemptFailed(JobId, Step.Parse, 1, "empty file", false, null, Now),
            new StepFailed(JobId, Step.Parse, 1, "empty file", Now),
            new JobFailed(JobId, "parse failed: empty file", Now),
        ]);

        ThenIgnored(JobDecider.FinishedWithoutCompensation(state, JobStatus.Failed, "parse failed: empty file", Now));
    }
}
