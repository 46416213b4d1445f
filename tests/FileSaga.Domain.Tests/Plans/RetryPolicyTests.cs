namespace FileSaga.Domain.Tests.Plans;

public class RetryPolicyTests
{
    private static readonly RetryPolicy Upload = new(TimeSpan.FromMinutes(15), 3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 60)]
    [InlineData(6, 60)]
    [InlineData(40, 60)]
    [InlineData(int.MaxValue, 60)]
    public void the_wait_doubles_after_each_failed_attempt_up_to_the_longest_wait(int attempt, int seconds)
    {
        Upload.WaitAfter(attempt).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void a_first_retry_longer_than_the_longest_wait_is_capped_too()
    {
        var policy = new RetryPolicy(TimeSpan.FromMinutes(1), 3, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(60));

        policy.WaitAfter(1).ShouldBe(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void there_is_another_attempt_after_every_attempt_but_the_last(int attempt, bool another)
    {
        Upload.HasAttemptAfter(attempt).ShouldBe(another);
    }
}
