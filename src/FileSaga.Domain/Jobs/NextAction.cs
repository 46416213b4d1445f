namespace FileSaga.Domain.Jobs;

/// <summary>What the engine must do after a decision has been recorded.</summary>
public abstract record NextAction
{
    public static readonly NextAction None = new Nothing();

    private NextAction()
    {
    }

    /// <summary>Nothing to run: the job is finished, parked, or waits for a message already scheduled.</summary>
    public sealed record Nothing : NextAction;

    /// <summary>Run <paramref name="Attempt"/> of <paramref name="Step"/> after <paramref name="Delay"/>.</summary>
    public sealed record RunStep(Step Step, int Attempt, TimeSpan Delay) : NextAction;

    /// <summary>Run <paramref name="Attempt"/> of the compensation of <paramref name="Step"/> after <paramref name="Delay"/>.</summary>
    public sealed record RunCompensation(Step Step, int Attempt, TimeSpan Delay) : NextAction;

    /// <summary>A job kind without compensation stops: remove its temporary files, then finish with <paramref name="Status"/>.</summary>
    public sealed record FinishWithoutCompensation(JobStatus Status, string Reason) : NextAction;
}

/// <summary>Events to append, in order, and the action that follows them.</summary>
public sealed record Decision(IReadOnlyList<object> Events, NextAction Next)
{
    public static readonly Decision Ignore = new([], NextAction.None);

    public bool IsIgnored => Events.Count == 0 && Next is NextAction.Nothing;
}

/// <summary>Why an attempt failed, and whether another attempt could succeed.</summary>
public sealed record StepError(string Message, bool Retryable);
