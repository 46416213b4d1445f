using FileSaga.Domain.Plans;

namespace FileSaga.Domain.Jobs;

/// <summary>
/// The pure decisions of a job's life: given its state and what just happened, which events to
/// append and what to run next. Time comes in as an argument; nothing here does I/O.
/// </summary>
public static class JobDecider
{
    public static Decision Submit(JobSubmitted submitted) =>
        new([submitted], new NextAction.RunStep(StepPolicies.PlanOf(submitted.Kind)[0], 1, TimeSpan.Zero));

    /// <summary>A step's attempt produced its success event.</summary>
    public static Decision StepSucceeded(JobState state, Step step, int attempt, object success, DateTimeOffset now)
    {
        if (!state.Expects(step, attempt))
        {
            return Decision.Ignore;
        }

        return Continue(state, [success], now);
    }

    /// <summary>A step's attempt failed: retry it later, or fail the step and compensate (saga) or stop (simple).</summary>
    public static Decision StepAttemptFailed(JobState state, Step step, int attempt, StepError error, DateTimeOffset now, StepPolicies policies)
    {
        if (!state.Expects(step, attempt))
        {
            return Decision.Ignore;
        }

        var retry = policies[step].Retry;
        if (error.Retryable && retry.HasAttemptAfter(attempt))
        {
            var wait = retry.WaitAfter(attempt);
            var failed = new StepAttemptFailed(state.Id, step, attempt, error.Message, true, now + wait, now);
            return new([failed], new NextAction.RunStep(step, attempt + 1, wait));
        }

        var events = new List<object>
        {
            new StepAttemptFailed(state.Id, step, attempt, error.Message, error.Retryable, null, now),
            new StepFailed(state.Id, step, attempt, error.Message, now),
        };
        var after = Fold(state, events);
        if (!StepPolicies.Compensates(state.Kind))
        {
            return new(events, new NextAction.FinishWithoutCompensation(JobStatus.Failed, after.Error ?? error.Message));
        }

        return StartCompensation(after, events, $"{step.Wire()} failed: {error.Message}", now);
    }

    /// <summary>An operator or client asked to cancel. Returns null when the job has already finished.</summary>
    public static Decision? CancelRequested(JobState state, string reason, DateTimeOffset now)
    {
        if (state.IsTerminal)
        {
            return null;
        }

        if (state.CancelRequested)
        {
            return Decision.Ignore;
        }

        var events = new List<object> { new JobCancelRequested(state.Id, reason, now) };
        var after = Fold(state, events);
        if (state.Status == JobStatus.Compensating)
        {
            return new(events, NextAction.None);
        }

        if (!StepPolicies.Compensates(state.Kind))
        {
            return new(events, new NextAction.FinishWithoutCompensation(JobStatus.Cancelled, $"cancelled: {reason}"));
        }

        return StartCompensation(after, events, $"cancelled: {reason}", now);
    }

    public static Decision CompensationSucceeded(JobState state, Step step, int attempt, string action, DateTimeOffset now)
    {
        if (!state.ExpectsCompensation(step, attempt))
        {
            return Decision.Ignore;
        }

        var events = new List<object> { new StepCompensated(state.Id, step, action, attempt, now) };
        return FinishOrContinueCompensation(Fold(state, events), events, now);
    }

    public static Decision CompensationAttemptFailed(JobState state, Step step, int attempt, string action, string error, DateTimeOffset now, StepPolicies policies)
    {
        if (!state.ExpectsCompensation(step, attempt))
        {
            return Decision.Ignore;
        }

        var retry = policies[step].Compensation!.Retry;
        if (retry.HasAttemptAfter(attempt))
        {
            var wait = retry.WaitAfter(attempt);
            return new([new CompensationStepFailed(state.Id, step, action, attempt, error, now + wait, now)], new NextAction.RunCompensation(step, attempt + 1, wait));
        }

        // Parked: an operator retries or resolves it.
        return new([new CompensationStepFailed(state.Id, step, action, attempt, error, null, now)], NextAction.None);
    }

    /// <summary>The job's simple-kind ending, once its temporary files are gone.</summary>
    public static Decision FinishedWithoutCompensation(JobState state, JobStatus status, string reason, DateTimeOffset now)
    {
        if (state.IsTerminal)
        {
            return Decision.Ignore;
        }

        object finish = status == JobStatus.Cancelled ? new JobCancelled(state.Id, now) : new JobFailed(state.Id, reason, now);
        return new([finish], NextAction.None);
    }

    /// <summary>
    /// The steps to undo, in reverse order: every step that succeeded, and the step caught mid-way when
    /// it has a compensation, since its effect (a partial file, an upload whose answer was lost) may exist.
    /// </summary>
    public static IReadOnlyList<Step> CompensationPlan(JobState state) =>
        [.. state.Steps
            .Where(s => StepPolicies.Defaults[s.Name].Compensation is not null)
            .Where(s => s.Status is not (StepStatus.Pending or StepStatus.Skipped))
            .Select(s => s.Name)
            .Reverse()];

    private static Decision Continue(JobState state, List<object> events, DateTimeOffset now)
    {
        var after = Fold(state, events);
        if (after.Steps.All(s => s.Status == StepStatus.Succeeded))
        {
            events.Add(new JobCompleted(state.Id, now));
            return new(events, NextAction.None);
        }

        var next = after.Steps.First(s => s.Status is StepStatus.Running or StepStatus.Pending);
        return new(events, new NextAction.RunStep(next.Name, next.Attempts + 1, TimeSpan.Zero));
    }

    private static Decision StartCompensation(JobState state, List<object> events, string reason, DateTimeOffset now)
    {
        events.Add(new CompensationStarted(state.Id, reason, CompensationPlan(state), now));
        return FinishOrContinueCompensation(Fold(state, events[^1..]), events, now);
    }

    private static Decision FinishOrContinueCompensation(JobState state, List<object> events, DateTimeOffset now)
    {
        var running = state.Compensations.FirstOrDefault(c => c.Status == CompensationStatus.Running);
        if (running is not null)
        {
            return new(events, new NextAction.RunCompensation(running.Step, running.Attempts + 1, TimeSpan.Zero));
        }

        events.Add(state.CancelRequested ? new JobCancelled(state.Id, now) : new JobCompensated(state.Id, now));
        return new(events, NextAction.None);
    }

    private static JobState Fold(JobState state, IEnumerable<object> events) => events.Aggregate(state, JobState.Evolve);
}
