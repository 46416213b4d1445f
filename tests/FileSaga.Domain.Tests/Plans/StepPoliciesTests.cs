namespace FileSaga.Domain.Tests.Plans;

public class StepPoliciesTests
{
    [Fact]
    public void the_saga_plan_runs_the_ten_steps_in_order()
    {
        StepPolicies.PlanOf(JobKind.Saga).ShouldBe(
            [Step.Download, Step.Validate, Step.Backup, Step.Parse, Step.Process, Step.Save, Step.Upload, Step.Verify, Step.Notify, Step.Cleanup]);
    }

    [Fact]
    public void the_simple_plan_has_no_backup_upload_verify_or_notify()
    {
        StepPolicies.PlanOf(JobKind.Simple).ShouldBe([Step.Download, Step.Validate, Step.Parse, Step.Process, Step.Save, Step.Cleanup]);
    }

    [Fact]
    public void only_the_saga_kind_compensates()
    {
        StepPolicies.Compensates(JobKind.Saga).ShouldBeTrue();
        StepPolicies.Compensates(JobKind.Simple).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Step.Download, 5, 3, 1, 30, "delete-download")]
    [InlineData(Step.Validate, 2, 2, 1, 10, null)]
    [InlineData(Step.Backup, 3, 3, 1, 10, "restore-backup")]
    [InlineData(Step.Parse, 5, 2, 1, 15, null)]
    [InlineData(Step.Process, 10, 3, 2, 30, null)]
    [InlineData(Step.Save, 3, 3, 1, 10, "delete-output")]
    [InlineData(Step.Upload, 15, 3, 5, 60, "rollback-upload")]
    [InlineData(Step.Verify, 2, 2, 1, 10, null)]
    [InlineData(Step.Notify, 2, 3, 2, 30, null)]
    [InlineData(Step.Cleanup, 2, 2, 1, 10, null)]
    public void each_step_has_the_default_policy_of_the_design_table(Step step, int timeoutMinutes, int attempts, int firstRetrySeconds, int longestWaitSeconds, string? compensation)
    {
        var policy = StepPolicies.Defaults[step];

        policy.Step.ShouldBe(step);
        policy.Retry.ShouldBe(new RetryPolicy(TimeSpan.FromMinutes(timeoutMinutes), attempts, TimeSpan.FromSeconds(firstRetrySeconds), TimeSpan.FromSeconds(longestWaitSeconds)));
        (policy.Compensation?.Action).ShouldBe(compensation);
    }

    [Theory]
    [InlineData(Step.Download, 1)]
    [InlineData(Step.Backup, 1)]
    [InlineData(Step.Save, 1)]
    [InlineData(Step.Upload, 5)]
    public void each_compensation_has_its_own_retries_with_a_longer_timeout_for_rollback_upload(Step step, int timeoutMinutes)
    {
        var retry = StepPolicies.Defaults[step].Compensation.ShouldNotBeNull().Retry;

        retry.Timeout.ShouldBe(TimeSpan.FromMinutes(timeoutMinutes));
        retry.Attempts.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void policies_must_cover_every_step()
    {
        var withoutCleanup = StepPolicies.Defaults.All.Where(p => p.Step != Step.Cleanup);

        var error = Should.Throw<ArgumentException>(() => new StepPolicies(withoutCleanup));

        error.Message.ShouldContain("Cleanup");
    }

    [Fact]
    public void overriding_one_step_policy_leaves_the_others_as_they_were()
    {
        var policies = StepPolicies.Defaults.With(Step.Upload, p => p with { Retry = p.Retry with { Attempts = 6 } });

        policies[Step.Upload].Retry.Attempts.ShouldBe(6);
        policies.All.Where(p => p.Step != Step.Upload).ShouldBe(StepPolicies.Defaults.All.Where(p => p.Step != Step.Upload));
        StepPolicies.Defaults[Step.Upload].Retry.Attempts.ShouldBe(3);
    }
}
