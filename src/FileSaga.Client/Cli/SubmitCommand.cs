using System.ComponentModel;
using System.Net;
using FileSaga.Client.Api;
using FileSaga.Client.Watching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

public sealed class SubmitSettings : HostSettings
{
    [CommandArgument(0, "<sourceUrl>")]
    [Description("Where the Host downloads the file from")]
    public string SourceUrl { get; init; } = "";

    [CommandOption("--file-name <NAME>")]
    [Description("The file's name; its extension chooses the format (.json, .ndjson, .jsonl, .csv, .xml, .txt)")]
    public string? FileName { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("saga (default) or simple")]
    public string? Kind { get; init; }

    [CommandOption("--job-id <ID>")]
    [Description("Job id; submitting the same id and body again is harmless. Default: chosen by the Host")]
    public string? JobId { get; init; }

    [CommandOption("--wait")]
    [Description("Show progress until the job ends; exit 0 only if it Completed")]
    public bool Wait { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(FileName) ? ValidationResult.Error("--file-name is required.")
        : Kind is not null && !JobKinds.IsKnown(Kind) ? ValidationResult.Error("--kind must be saga or simple.")
        : base.Validate();
}

[Description("Submit a file-processing job and print its id")]
public sealed class SubmitCommand(CliConsoles consoles) : ApiCommand<SubmitSettings>(consoles)
{
    protected override async Task<int> RunAsync(
        IFileSagaApi api, SubmitSettings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        var request = new SubmitJobRequest(settings.SourceUrl, settings.FileName!, settings.Kind?.ToLowerInvariant(), settings.JobId);
        var response = await api.SubmitJobAsync(request, cancellationToken);
        var job = response.GetContentOrThrow();
        Console.WriteLine(job.JobId);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Errors.MarkupLineInterpolated($"[grey]{job.JobId} was already submitted with this body; it is {job.Status}.[/]");
        }

        if (!settings.Wait)
        {
            return ExitCodes.Ok;
        }

        var result = await new JobWatcher(api, Console, TimeProvider.System).WatchAsync([job.JobId], null, cancellationToken);
        return CommandResults.ReportFinal(Console, result);
    }
}

[Description("Follow jobs until all of them end; exit 0 only if all Completed")]
public sealed class WatchCommand(CliConsoles consoles) : ApiCommand<WatchCommand.Settings>(consoles)
{
    public sealed class Settings : HostSettings
    {
        [CommandArgument(0, "<jobId>")]
        [Description("One or more job ids")]
        public string[] JobIds { get; init; } = [];

        public override ValidationResult Validate() =>
            JobIds.Length == 0 ? ValidationResult.Error("Give at least one job id.") : base.Validate();
    }

    protected override async Task<int> RunAsync(
        IFileSagaApi api, Settings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        // An unknown id is an error here, unlike just after a submission when the job may not be readable yet.
        foreach (var id in settings.JobIds.Distinct())
        {
            (await api.GetJobAsync(id, cancellationToken)).ThrowIfFailed();
        }

        var result = await new JobWatcher(api, Console, TimeProvider.System).WatchAsync(settings.JobIds, null, cancellationToken);
        return CommandResults.ReportFinal(Console, result);
    }
}

internal static class CommandResults
{
    public static int ReportFinal(IAnsiConsole console, WatchResult result)
    {
        foreach (var (id, job) in result.Jobs)
        {
            console.MarkupLineInterpolated($"{id}: [bold]{job?.Status ?? "unknown"}[/]{(job?.Error is { } e ? " — " + e : "")}");
        }

        return result.AllCompleted ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
