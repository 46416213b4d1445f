using FileSaga.Domain.Jobs;

namespace FileSaga.Domain.Plans;

/// <summary>
/// The policy of every step, and the step plan of each job kind. <see cref="Defaults"/> holds the
/// numbers of the original saga; the host may override any of them from configuration.
/// </summary>
public sealed class StepPolicies
{
    private static readonly Step[] SagaSteps =
        [Step.Download, Step.Validate, Step.Backup, Step.Parse, Step.Process, Step.Save, Step.Upload, Step.Verify, Step.Notify, Step.Cleanup];

    private static readonly Step[] SimpleSteps =
        [Step.Download, Step.Validate, Step.Parse, Step.Process, Step.Save, Step.Cleanup];

    private readonly Dictionary<Step, StepPolicy> _byStep;

    public StepPolicies(IEnumerable<StepPolicy> policies)
    {
        _byStep = policies.ToDictionary(p => p.Step);
        var missing = Enum.GetValues<Step>().Where(s => !_byStep.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No policy for steps: {string.Join(", ", missing)}", nameof(policies));
        }
    }

    public static StepPolicies Defaults { get; } = new(DefaultPolicies());

    public StepPolicy this[Step step] => _byStep[step];

    public IEnumerable<StepPolicy> All => _byStep.Values.OrderBy(p => p.Step);

    public static IReadOnlyList<Step> PlanOf(JobKind kind) => kind == JobKind.Saga ? SagaSteps : SimpleSteps;

    /// <summary>Simple jobs are never compensated: a failure only removes their temporary files.</summary>
    public static bool Compensates(JobKind kind) => kind == JobKind.Saga;

    public StepPolicies With(Step step, Func<StepPolicy, StepPolicy> change) =>
        new(_byStep.Values.Select(p => p.Step == step ? change(p) : p));

    public StepPolicies WithAll(Func<StepPolicy, StepPolicy> change) => new(_byStep.Values.Select(change));

    private static IEnumerable<StepPolicy> DefaultPolicies()
    {
        static RetryPolicy Retry(double timeoutMinutes, int attempts, double firstSeconds, double longestSeconds) =>
            new(TimeSpan.FromMinutes(timeoutMinutes), attempts, TimeSpan.FromSeconds(firstSeconds), TimeSpan.FromSeconds(longestSeconds));

        static CompensationPolicy Undo(string action, double timeoutMinutes) =>
            new(action, Retry(timeoutMinutes, 5, 1, 30));

        yield return new(Step.Download, Retry(5, 3, 1, 30), Undo(CompensationActions.DeleteDownload, 1));
        yield return new(Step.Validate, Retry(2, 2, 1, 10), null);
        yield return new(Step.Backup, Retry(3, 3, 1, 10), Undo(CompensationActions.RestoreBackup, 1));
        yield return new(Step.Parse, Retry(5, 2, 1, 15), null);
        yield return new(Step.Process, Retry(10, 3, 2, 30), null);
        yield return new(Step.Save, Retry(3, 3, 1, 10), Undo(CompensationActions.DeleteOutput, 1));
        yield return new(Step.Upload, Retry(15, 3, 5, 60), Undo(CompensationActions.RollbackUpload, 5));
        yield return new(Step.Verify, Retry(2, 2, 1, 10), null);
        yield return new(Step.Notify, Retry(2, 3, 2, 30), null);
        yield return new(Step.Cleanup, Retry(2, 2, 1, 10), null);
    }
}

public static class CompensationActions
{
    public const string DeleteDownload = "delete-download";
    public const string RestoreBackup = "restore-backup";
    public const string DeleteOutput = "delete-output";
    public const string RollbackUpload = "rollback-upload";
}
