using FileSaga.Client.Api;
using FileSaga.Client.Rendering;
using Spectre.Console;

namespace FileSaga.Client.Demo;

internal static class DemoSummary
{
    public static void Print(IAnsiConsole console, DemoReport report)
    {
        var table = new Table().RoundedBorder().Title("Demo summary")
            .AddColumns("Job", "Kind", "Final status", "Expected", "Steps", "Records", "Saved", "Duration");
        foreach (var result in report.Jobs)
        {
            var job = result.Final;
            var mark = result.AsExpected ? "[green]✓[/]" : "[red]✗[/]";
            var actual = result.SubmitError is not null
                ? new Markup($"[red]not submitted: {Markup.Escape(result.SubmitError)}[/]")
                : JobFormat.Status(result.ActualStatus ?? "unknown");
            table.AddRow(
                JobFormat.Plain(result.Job.Name),
                JobFormat.Plain(result.Job.Kind),
                actual,
                new Markup($"{Markup.Escape(result.ExpectedStatus)} {mark}"),
                JobFormat.Plain(job is null ? null : $"{job.StepsDone}/{job.Steps.Count}"),
                JobFormat.Plain(job?.File?.Records?.ToString()),
                JobFormat.Plain(job?.Output?.RecordsSaved?.ToString()),
                JobFormat.Plain(JobFormat.Duration(job?.Duration)));
        }

        console.Write(table);

        foreach (var result in report.Jobs.Where(r => r.Final is { Compensations.Count: > 0 }))
        {
            console.Write(JobFormat.CompensationsTable(result.Final!, $"Compensations of {result.JobId}"));
        }

        var missed = report.Jobs.Count(j => !j.AsExpected);
        if (missed == 0)
        {
            console.MarkupLine($"[green]All {report.Jobs.Count} jobs ended as expected.[/]");
        }
        else
        {
            var reason = report.TimedOut ? " (timed out)" : "";
            console.MarkupLine($"[red]{missed} of {report.Jobs.Count} jobs did not end as expected{reason}.[/]");
        }
    }
}
