using System.ComponentModel;
using FileSaga.Client.Api;
using FileSaga.Client.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

[Description("Show a job's event stream")]
public sealed class EventsCommand(CliConsoles consoles) : ApiCommand<JobIdSettings>(consoles)
{
    protected override async Task<int> RunAsync(
        IFileSagaApi api, JobIdSettings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        var events = await api.GetEventsAsync(settings.JobId, cancellationToken);
        var table = new Table().RoundedBorder().Title(Markup.Escape($"Events of {settings.JobId}"))
            .AddColumns("Seq", "Version", "Type", "Time", "Data");
        foreach (var e in events)
        {
            table.AddRow(
                JobFormat.Plain(e.Sequence.ToString()),
                JobFormat.Plain(e.Version.ToString()),
                JobFormat.Plain(e.Type),
                JobFormat.Plain(JobFormat.Time(e.Timestamp)),
                JobFormat.Plain(e.Data.ValueKind == System.Text.Json.JsonValueKind.Undefined ? null : e.Data.GetRawText()));
        }

        Console.Write(table);
        return ExitCodes.Ok;
    }
}

[Description("Show audit entries across jobs")]
public sealed class AuditCommand(CliConsoles consoles) : ApiCommand<AuditCommand.Settings>(consoles)
{
    public sealed class Settings : PagedSettings
    {
        [CommandOption("--job-id <ID>")]
        [Description("Only entries of this job")]
        public string? JobId { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("Only entries of this event type, e.g. StepFailed")]
        public string? Type { get; init; }
    }

    protected override async Task<int> RunAsync(
        IFileSagaApi api, Settings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        var page = await api.GetAuditAsync(
            settings.JobId, settings.Type, settings.Since, settings.Until, settings.Page, settings.PageSize, cancellationToken);
        var table = new Table().RoundedBorder().AddColumns("Seq", "Job", "Version", "Type", "Time", "Data");
        foreach (var e in page.Items)
        {
            table.AddRow(
                JobFormat.Plain(e.Sequence.ToString()),
                JobFormat.Plain(e.JobId),
                JobFormat.Plain(e.Version.ToString()),
                JobFormat.Plain(e.Type),
                JobFormat.Plain(JobFormat.Time(e.Timestamp)),
                JobFormat.Plain(e.Data.ValueKind == System.Text.Json.JsonValueKind.Undefined ? null : e.Data.GetRawText()));
        }

        Console.Write(table);
        Console.WriteLine(ListCommand.PageFooter(page.PageNumber, page.PageSize, page.Total, page.Items.Count));
        return ExitCodes.Ok;
    }
}
