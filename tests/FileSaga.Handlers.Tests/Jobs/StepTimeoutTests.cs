using System.Net;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Jobs;

public sealed class StepTimeoutTests
{
    [Fact]
    public async Task work_past_the_step_timeout_fails_with_a_timeout_naming_the_limit()
    {
        var error = await Should.ThrowAsync<TimeoutException>(() =>
            StepRunner.WithTimeout(async token => { await Task.Delay(Timeout.Infinite, token); return 0; }, TimeSpan.FromMilliseconds(50), CancellationToken.None));

        error.Message.ShouldContain("00:00:00.05");
    }

    [Fact]
    public async Task host_shutdown_is_a_cancellation_not_a_timeout()
    {
        using var shutdown = new CancellationTokenSource();
        var work = StepRunner.WithTimeout(async token => { await Task.Delay(Timeout.Infinite, token); return 0; }, TimeSpan.FromMinutes(5), shutdown.Token);

        await shutdown.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => work);
    }

    [Fact]
    public async Task work_within_the_timeout_returns_its_result() =>
        (await StepRunner.WithTimeout(_ => Task.FromResult(42), TimeSpan.FromSeconds(5), CancellationToken.None)).ShouldBe(42);
}

public sealed class StepErrorsTests
{
    [Theory]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    public void http_errors_are_retried_unless_a_retry_cannot_help(HttpStatusCode status, bool retryable) =>
        StepErrors.Classify(new HttpRequestException("answered", null, status)).Retryable.ShouldBe(retryable);

    [Fact]
    public void bad_files_and_permanent_errors_are_not_retried()
    {
        StepErrors.Classify(new InvalidFileException("file is empty")).ShouldBe(new("file is empty", false));
        StepErrors.Classify(new PermanentStepException("too big")).ShouldBe(new("too big", false));
    }

    [Fact]
    public void network_errors_and_timeouts_are_retried()
    {
        StepErrors.Classify(new HttpRequestException("refused", new IOException("connection refused"))).Retryable.ShouldBeTrue();
        StepErrors.Classify(new TimeoutException("timed out")).Retryable.ShouldBeTrue();
        StepErrors.Classify(new IOException("disk full")).Message.ShouldContain("disk full");
    }
}
