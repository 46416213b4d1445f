namespace FileSaga.Domain.Tests.Jobs;

public class StepNamesTests
{
    [Theory]
    [InlineData(Step.Download, "download")]
    [InlineData(Step.Upload, "upload")]
    [InlineData(Step.Cleanup, "cleanup")]
    public void a_step_is_named_on_the_wire_in_lowercase_and_parses_back(Step step, string wire)
    {
        step.Wire().ShouldBe(wire);
        StepNames.TryParseStep(wire, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(step);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("42")]
    [InlineData("download,validate")]
    [InlineData("upload ")]
    [InlineData("unzip")]
    public void only_a_step_name_parses_as_a_step(string? name)
    {
        StepNames.TryParseStep(name, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("saga", JobKind.Saga)]
    [InlineData("Simple", JobKind.Simple)]
    public void a_kind_name_parses_whatever_its_case(string name, JobKind kind)
    {
        StepNames.TryParseKind(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
    }
}
