using static FileSaga.Domain.Tests.Jobs.JobSpec;

namespace FileSaga.Domain.Tests.Jobs;

public class StepSuccessTests
{
    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void submitting_a_job_records_it_and_runs_the_first_download_attempt_at_once(JobKind kind)
    {
        var submitted = Submitted(kind);

        var decision = JobDecider.Submit(submitted);

        Then(decision, Run(Step.Download), submitted);
    }

    [Theory]
    [InlineData(JobKind.Saga, Step.Download, Step.Validate)]
    [InlineData(JobKind.Saga, Step.Validate, Step.Backup)]
    [InlineData(JobKind.Saga, Step.Backup, Step.Parse)]
    [InlineData(JobKind.Saga, Step.Parse, Step.Process)]
    [InlineData(JobKind.Saga, Step.Process, Step.Save)]
    [InlineData(JobKind.Saga, Step.Save, Step.Upload)]
    [InlineData(JobKind.Saga, Step.Upload, Step.Verify)]
    [InlineData(JobKind.Saga, Step.Verify, Step.Notify)]
    [InlineData(JobKind.Saga, Step.Notify, Step.Cleanup)]
    [InlineData(JobKind.Simple, Step.Download, Step.Validate)]
    [InlineData(JobKind.Simple, Step.Validate, Step.Parse)]
    [InlineData(JobKind.Simple, Step.Parse, Step.Process)]
    [InlineData(JobKind.Simple, Step.Process, Step.Save)]
    [InlineData(JobKind.Simple, Step.Save, Step.Cleanup)]
    public void a_step_success_is_recorded_and_runs_the_next_step_of_the_plan(JobKind kind, Step step, Step next)
    {
        var state = Given(SucceededBefore(step, kind));
        var success = SuccessOf(step, Now);

        var decision = JobDecider.StepSucceeded(state, step, 1, success, Now);

        Then(decision, Run(next), success);
    }

    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void the_cleanup_success_completes_the_job(JobKind kind)
    {
        var state = Given(SucceededBefore(Step.Cleanup, kind));
        var cleaned = SuccessOf(Step.Cleanup, Now);

        var decision = JobDecider.StepSucceeded(state, Step.Cleanup, 1, cleaned, Now);

        Then(decision, NextAction.None, cleaned, new JobCompleted(JobId, Now));
    }

    [Fact]
    public void a_step_that_succeeds_on_its_second_attempt_runs_the_next_step()
    {
        var state = Given([.. SucceededBefore(Step.Upload), new StepAttemptFailed(JobId, Step.Upload, 1, Transient, true, Now, Now.AddSeconds(-5))]);
        var uploaded = SuccessOf(Step.Upload, Now);

        var decision = JobDecider.StepSucceeded(state, Step.Upload, 2, uploaded, Now);

        Then(decision, Run(Step.Verify), uploaded);
    }

    [Theory]
    [InlineData(JobKind.Saga)]
    [InlineData(JobKind.Simple)]
    public void a_job_that_succeeds_at_every_step_records_each_success_in_order_and_then_completes(JobKind kind)
    {
        var plan = ExpectedPlan(kind);
        var recorded = new List<object>();
        var ran = new List<NextAction>();

        var decision = JobDecider.Submit(Submitted(kind));
        while (decision.Next is NextAction.RunStep run && ran.Count <= plan.Count)
        {
            recorded.AddRange(decision.Events);
            ran.Add(run);
            var now = DoneAt(ran.Count - 1);
            decision = JobDecider.StepSucceeded(Given([.. recorded]), run.Step, run.Attempt, SuccessOf(run.Step, now), now);
        }

        recorded.AddRange(decision.Events);

        ran.ShouldBe(plan.Select(s => (NextAction)Run(s)));
        object[] expected =
        [
            Submitted(kind),
            .. plan.Select((s, i) => SuccessOf(s, DoneAt(i))),
            new JobCompleted(JobId, DoneAt(plan.Count - 1)),
        ];
        recorded.ShouldBe(expected);
        decision.Next.ShouldBe(NextAction.None);
        Given([.. recorded]).Status.ShouldBe(JobStatus.Completed);
    }
}
