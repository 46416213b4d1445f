namespace FileSaga.Handlers.Jobs;

/// <summary>Runs work under a time limit of its own, turning that limit into a <see cref="TimeoutException"/>; the caller's cancellation (a host shutdown) still cancels.</summary>
public static class Deadline
{
    public static async Task<T> Within<T>(TimeSpan limit, Func<CancellationToken, Task<T>> work, string whenExceeded, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(limit);
        try
        {
            return await work(timer.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException(whenExceeded);
        }
    }
}
