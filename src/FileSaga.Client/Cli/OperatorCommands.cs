using System.ComponentModel;
using FileSaga.Client.Api;
using Refit;
using Spectre.Console;

namespace FileSaga.Client.Cli;

/// <summary>Commands that post an operator action on one job and answer 202 or a problem.</summary>
public abstract class JobActionCommand(CliConsoles consoles) : ApiCommand<JobIdSettings>(consoles)
{
    protected abstract string Done { get; }

    protected abstract Task<IApiResponse> SendAsync(IFileSagaApi api, string jobId, CancellationToken cancellationToken);

    protected override async Task<int> RunAsync(
        IFileSagaApi api, JobIdSettings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        (await SendAsync(api, settings.JobId, cancellationToken)).ThrowIfFailed();
        Console.MarkupLineInterpolated($"{Done} for [bold]{settings.JobId}[/].");
        return ExitCodes.Ok;
    }
}

[Description("Cancel a job; what it has done is compensated")]
public sealed class CancelCommand(CliConsoles consoles) : JobActionCommand(consoles)
{
    protected override string Done => "Cancellation requested";

    protected override Task<IApiResponse> SendAsync(IFileSagaApi api, string jobId, CancellationToken cancellationToken) =>
        api.CancelJobAsync(jobId, cancellationToken);
}

[Description("Retry the failed compensation of a CompensationFailed job")]
public sealed class RetryCompensationCommand(CliConsoles consoles) : JobActionCommand(consoles)
{
    protected override string Done => "Compensation retry requested";

    protected override Task<IApiResponse> SendAsync(IFileSagaApi api, string jobId, CancellationToken cancellationToken) =>
        api.RetryCompensationAsync(jobId, cancellationToken);
}

[Description("Mark the failed compensation of a CompensationFailed job as resolved by hand")]
public sealed class ResolveCompensationCommand(CliConsoles consoles) : JobActionCommand(consoles)
{
    protected override string Done => "Compensation marked resolved";

    protected override Task<IApiResponse> SendAsync(IFileSagaApi api, string jobId, CancellationToken cancellationToken) =>
        api.ResolveCompensationAsync(jobId, cancellationToken);
}
