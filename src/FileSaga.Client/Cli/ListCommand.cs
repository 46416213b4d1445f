using System.ComponentModel;
using FileSaga.Client.Api;
using FileSaga.Client.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

[Description("List jobs, filtered and paged")]
public sealed class ListCommand(CliConsoles consoles) : ApiCommand<ListCommand.Settings>(consoles)
{
    public sealed class Settings : PagedSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("Only jobs with this status (Running, Completed, Compensated …)")]
        public string? Status { get; init; }

        [CommandOption("--kind <KIND>")]
        [Description("Only jobs of this kind: saga or simple")]
        public string? Kind { get; init; }

        [CommandOption("-q|--query <TEXT>")]
        [Description("Text to look for in the job id, file name or source URL")]
        public string? Query { get; init; }
    }

    protected override async Task<int> RunAsync(
        IFileSagaApi api, Settings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        var page = await api.ListJobsAsync(
            settings.Status, settings.Kind, settings.Since, settings.Until, settings.Query, settings.Page, settings.PageSize, cancellationToken);

        var table = new Table().RoundedBorder()
            .AddColumns("Job", "Kind", "Status", "Current step", "Steps", "File name", "Submitted", "Duration");
        foreach (var job in page.Items)
        {
            table.AddRow(
                JobFormat.Plain(job.JobId),
                JobFormat.Plain(job.Kind),
                JobFormat.Status(job.Status),
                JobFormat.Plain(job.CurrentStep),
                JobFormat.Plain($"{job.StepsDone}/{job.Steps.Count}"),
                JobFormat.Plain(job.FileName),
                JobFormat.Plain(JobFormat.Time(job.SubmittedAt)),
                JobFormat.Plain(JobFormat.Duration(job.Duration)));
        }

        Console.Write(table);
        Console.WriteLine(PageFooter(page.PageNumber, page.PageSize, page.Total, page.Items.Count));
        return ExitCodes.Ok;
    }

    internal static string PageFooter(int page, int pageSize, long total, int shown)
    {
        var pages = pageSize > 0 ? Math.Max(1, (total + pageSize - 1) / pageSize) : 1;
        return $"page {page} of {pages}, {shown} shown, {total} in total";
    }
}
