namespace FileSaga.Domain.Plans;

/// <summary>How long one attempt may take, how many attempts there are, and how long to wait between them.</summary>
public sealed record RetryPolicy(TimeSpan Timeout, int Attempts, TimeSpan FirstRetry, TimeSpan LongestWait)
{
    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): doubling from the first, capped.</summary>
    public TimeSpan WaitAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(FirstRetry.Ticks * factor, LongestWait.Ticks));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    public bool HasAttemptAfter(int attempt) => attempt < Attempts;
}
