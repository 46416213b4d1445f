namespace FileSaga.Domain.Tests.Jobs;

/// <summary>
/// Given(history) → When(a decision) → Then(events to append, next action), on a fixed clock.
/// Histories are written out event by event, the way the event store would hold them.
/// </summary>
internal static class JobSpec
{
    public const string JobId = "job-42";
    public const string SourceUrl = "http://127.0.0.1:5081/sample-data/files/posts.csv";
    public const string FileName = "posts.csv";
    public const string Transient = "503 Service Unavailable";
    public const string Permanent = "413 Payload Too Large";

    public static readonly DateTimeOffset SubmittedAt = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The time of the decision under test: later than every event of the histories below.</summary>
    public static readonly DateTimeOffset Now = SubmittedAt.AddHours(1);

    // Written out here rather than read from StepPolicies, so a changed plan fails the tests.
    public static readonly IReadOnlyList<Step> SagaPlan =
        [Step.Download, Step.Validate, Step.Backup, Step.Parse, Step.Process, Step.Save, Step.Upload, Step.Verify, Step.Notify, Step.Cleanup];

    public static readonly IReadOnlyList<Step> SimplePlan =
        [Step.Download, Step.Validate, Step.Parse, Step.Process, Step.Save, Step.Cleanup];

    public static readonly IReadOnlyDictionary<Step, string> UndoActions = new Dictionary<Step, string>
    {
        [Step.Download] = "delete-download",
        [Step.Backup] = "restore-backup",
        [Step.Save] = "delete-output",
        [Step.Upload] = "rollback-upload",
    };

    public static IReadOnlyList<Step> ExpectedPlan(JobKind kind) => kind == JobKind.Saga ? SagaPlan : SimplePlan;

    /// <summary>The job's state after its history, folded only with <see cref="JobState.Evolve"/>.</summary>
    public static JobState Given(params object[] history)
    {
        JobState? state = null;
        foreach (var e in history)
        {
            state = JobState.Evolve(state, e);
        }

        return state ?? throw new ArgumentException("A history holds at least JobSubmitted.", nameof(history));
    }

    public static void Then(Decision decision, NextAction next, params object[] events)
    {
        decision.Events.Select(Comparable).ToList().ShouldBe(events.Select(Comparable).ToList());
        decision.Next.ShouldBe(next);
    }

    public static void ThenIgnored(Decision? decision)
    {
        decision.ShouldNotBeNull();
        decision.Events.ShouldBeEmpty();
        decision.Next.ShouldBe(NextAction.None);
        decision.IsIgnored.ShouldBeTrue();
    }

    public static NextAction.RunStep Run(Step step, int attempt = 1, double afterSeconds = 0) =>
        new(step, attempt, TimeSpan.FromSeconds(afterSeconds));

    public static NextAction.RunCompensation Undo(Step step, int attempt = 1, double afterSeconds = 0) =>
        new(step, attempt, TimeSpan.FromSeconds(afterSeconds));

    public static JobSubmitted Submitted(JobKind kind = JobKind.Saga) => new(JobId, kind, SourceUrl, FileName, SubmittedAt);

    /// <summary>When the step at <paramref name="position"/> of a history succeeded: a minute apart.</summary>
    public static DateTimeOffset DoneAt(int position) => SubmittedAt.AddMinutes(position + 1);

    /// <summary>A job whose steps before <paramref name="step"/> succeeded, so that <paramref name="step"/> runs its first attempt.</summary>
    public static object[] SucceededBefore(Step step, JobKind kind = JobKind.Saga)
    {
        var plan = ExpectedPlan(kind).ToList();
        var index = plan.IndexOf(step);
        return index < 0
            ? throw new ArgumentException($"{step} is not in the {kind} plan", nameof(step))
            : [Submitted(kind), .. plan.Take(index).Select((s, i) => SuccessOf(s, DoneAt(i)))];
    }

    public static object[] CompletedJob(JobKind kind = JobKind.Saga)
    {
        var plan = ExpectedPlan(kind);
        return [Submitted(kind), .. plan.Select((s, i) => SuccessOf(s, DoneAt(i))), new JobCompleted(JobId, DoneAt(plan.Count))];
    }

    /// <summary>A saga whose <paramref name="failed"/> step failed for good at its first attempt, now undoing <paramref name="undo"/>.</summary>
    public static object[] CompensatingAfterFailureOf(Step failed, params Step[] undo)
    {
        var at = SubmittedAt.AddMinutes(30);
        return
        [
            .. SucceededBefore(failed),
            new StepAttemptFailed(JobId, failed, 1, Permanent, false, null, at),
            new StepFailed(JobId, failed, 1, Permanent, at),
            new CompensationStarted(JobId, $"{failed.ToString().ToLowerInvariant()} failed: {Permanent}", undo, at),
        ];
    }

    public static object SuccessOf(Step step, DateTimeOffset at) => step switch
    {
        Step.Download => new FileDownloaded(JobId, $"jobs/{JobId}/input/source.csv", 2048, "aa11", at),
        Step.Validate => new FileValidated(JobId, "csv", 100, at),
        Step.Backup => new FileBackedUp(JobId, $"jobs/{JobId}/backup/source.csv", "aa11", at),
        Step.Parse => new RecordsParsed(JobId, $"jobs/{JobId}/processed/parsed.ndjson", 100, 2, at),
        Step.Process => new RecordsProcessed(JobId, $"jobs/{JobId}/processed/processed.ndjson", 97, 3, $"jobs/{JobId}/processed/rejected.ndjson", at),
        Step.Save => new OutputSaved(JobId, $"jobs/{JobId}/processed/output.json", 97, 4096, "bb22", at),
        Step.Upload => new OutputUploaded(JobId, "upload-7", 4096, at),
        Step.Verify => new ResultVerified(JobId, 97, 4096, at),
        Step.Notify => new NotificationSent(JobId, $"{JobId}:notify", at),
        Step.Cleanup => new TempFilesCleaned(JobId, 3, at),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static IReadOnlyList<Step> Steps(string wireNames) =>
        [.. wireNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => Enum.Parse<Step>(n, ignoreCase: true))];

    // CompensationStarted holds a list, which records compare by reference: compare its items instead.
    private static object Comparable(object e) => e is CompensationStarted c
        ? new { c.JobId, c.Reason, Steps = string.Join(", ", c.Steps), c.StartedAt }
        : e;
}
