using System.Net;
using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Records;
using Refit;

namespace FileSaga.Handlers.Jobs;

/// <summary>A failure that cannot succeed on a retry (bad input, a size cap, a refused request).</summary>
public sealed class PermanentStepException(string message) : Exception(message);

/// <summary>Decides whether an exception from an activity is worth another attempt, and says why it happened.</summary>
public static class StepErrors
{
    public static StepError Classify(Exception exception) => exception switch
    {
        PermanentStepException e => new(e.Message, Retryable: false),
        InvalidFileException e => new(e.Message, Retryable: false),
        ApiException e => FromStatus(e.StatusCode, $"{(int)e.StatusCode} {e.ReasonPhrase} from {e.RequestMessage?.RequestUri}"),
        HttpRequestException { StatusCode: { } status } e => FromStatus(status, e.Message),
        HttpRequestException e => new($"network error: {Innermost(e).Message}", Retryable: true),
        TimeoutException e => new(e.Message, Retryable: true),
        _ => new($"{exception.GetType().Name}: {exception.Message}", Retryable: true),
    };

    /// <summary>4xx answers will not change on a retry, except 408 (timeout) and 429 (too many requests).</summary>
    public static bool IsRetryable(HttpStatusCode status) =>
        (int)status is < 400 or >= 500 or 408 or 429;

    private static StepError FromStatus(HttpStatusCode status, string message) => new(message, IsRetryable(status));

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
