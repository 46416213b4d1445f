using System.ComponentModel;
using FileSaga.Client.Api;
using FileSaga.Client.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FileSaga.Client.Cli;

[Description("Show one job: status, current step, steps, compensations, file and output")]
public sealed class StatusCommand(CliConsoles consoles) : ApiCommand<JobIdSettings>(consoles)
{
    protected override async Task<int> RunAsync(
        IFileSagaApi api, JobIdSettings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        var job = (await api.GetJobAsync(settings.JobId, cancellationToken)).GetContentOrThrow();

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        AddRow(grid, "Status", JobFormat.Status(job.Status));
        AddRow(grid, "Kind", JobFormat.Plain(job.Kind));
        AddRow(grid, "Current step", JobFormat.Plain(job.CurrentStep));
        AddRow(grid, "Steps done", JobFormat.Plain($"{job.StepsDone}/{job.Steps.Count}"));
        AddRow(grid, "File name", JobFormat.Plain(job.FileName));
        AddRow(grid, "Source", JobFormat.Plain(job.SourceUrl));
        AddRow(grid, "Submitted", JobFormat.Plain(JobFormat.Time(job.SubmittedAt)));
        AddRow(grid, "Updated", JobFormat.Plain(JobFormat.Time(job.UpdatedAt)));
        AddRow(grid, "Finished", JobFormat.Plain(JobFormat.Time(job.FinishedAt)));
        AddRow(grid, "Duration", JobFormat.Plain(JobFormat.Duration(job.Duration)));
        if (job.Error is not null)
        {
            AddRow(grid, "Error", new Text(job.Error, new Style(Color.Red)));
        }

        AddRow(grid, "File", JobFormat.Plain(job.File is { } f
            ? $"{f.Format ?? "?"}, {f.Size:N0} bytes, {f.Records?.ToString() ?? "?"} records, sha256 {f.Sha256 ?? "?"}"
            : null));
        AddRow(grid, "Output", JobFormat.Plain(job.Output is { } o
            ? $"{o.RecordsSaved?.ToString() ?? "?"} records saved{(o.RecordsRejected is > 0 ? $", {o.RecordsRejected} rejected" : "")}, upload {o.UploadId ?? "-"}"
            : null));
        AddRow(grid, "Version", JobFormat.Plain(job.Version.ToString()));

        Console.Write(new Panel(grid).Header(Markup.Escape($" Job {job.JobId} ")).RoundedBorder());
        Console.Write(JobFormat.StepsTable(job));
        if (job.Compensations.Count > 0)
        {
            Console.Write(JobFormat.CompensationsTable(job));
        }

        return ExitCodes.Ok;
    }

    private static void AddRow(Grid grid, string label, IRenderable value) =>
        grid.AddRow(new Markup($"[bold]{label}[/]"), value);
}
