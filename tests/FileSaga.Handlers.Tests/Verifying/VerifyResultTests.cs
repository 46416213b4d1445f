using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Verifying;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Verifying;

public sealed class VerifyResultTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static JobState Job(long? processed, long? saved, long? outputSize, long? uploadedSize) => new()
    {
        Id = "job-1",
        Files = new JobFiles { Processed = processed, RecordsSaved = saved, OutputSize = outputSize, UploadedSize = uploadedSize },
    };

    [Fact]
    public void a_consistent_result_is_verified_with_its_counts() =>
        VerifyResultHandler.Verify(Job(10, 10, 500, 500), Now).ShouldBe(new ResultVerified("job-1", 10, 500, Now));

    [Theory]
    [InlineData(0L, 0L, 2L, 2L, "no record was processed")]
    [InlineData(10L, 9L, 500L, 500L, "10 records were processed but 9 were saved")]
    [InlineData(10L, 10L, 500L, 499L, "the upload holds 499 bytes but the output has 500")]
    public void an_inconsistent_result_fails_without_retry_and_says_why(long processed, long saved, long outputSize, long uploadedSize, string reason)
    {
        var error = Should.Throw<PermanentStepException>(() => VerifyResultHandler.Verify(Job(processed, saved, outputSize, uploadedSize), Now));

        error.Message.ShouldBe(reason);
        StepErrors.Classify(error).Retryable.ShouldBeFalse();
    }
}
