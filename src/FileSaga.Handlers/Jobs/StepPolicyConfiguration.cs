using FileSaga.Domain.Jobs;
using FileSaga.Domain.Plans;

namespace FileSaga.Handlers.Jobs;

/// <summary>Applies the configured overrides to the default policy table.</summary>
public static class StepPolicyConfiguration
{
    public static StepPolicies Build(FileSagaOptions options)
    {
        var policies = StepPolicies.Defaults;
        foreach (var (name, change) in options.Steps)
        {
            if (!StepNames.TryParseStep(name, out var step))
            {
                throw new InvalidOperationException($"FileSaga:Steps:{name}: unknown step; use one of {string.Join(", ", Enum.GetValues<Step>().Select(s => s.Wire()))}");
            }

            policies = policies.With(step, p => Apply(p, change));
        }

        return policies;
    }

    private static StepPolicy Apply(StepPolicy policy, StepPolicyOverride change)
    {
        var retry = new RetryPolicy(
            change.Timeout ?? policy.Retry.Timeout,
            change.Attempts ?? policy.Retry.Attempts,
            change.FirstRetry ?? policy.Retry.FirstRetry,
            change.LongestWait ?? policy.Retry.LongestWait);
        var compensation = policy.Compensation is null
            ? null
            : policy.Compensation with
            {
                Retry = new RetryPolicy(
                    change.CompensationTimeout ?? policy.Compensation.Retry.Timeout,
                    change.CompensationAttempts ?? policy.Compensation.Retry.Attempts,
                    change.CompensationFirstRetry ?? policy.Compensation.Retry.FirstRetry,
                    change.CompensationLongestWait ?? policy.Compensation.Retry.LongestWait),
            };
        if (retry.Attempts < 1)
        {
            throw new InvalidOperationException($"FileSaga:Steps:{policy.Step.Wire()}:Attempts must be at least 1");
        }

        return policy with { Retry = retry, Compensation = compensation };
    }
}
