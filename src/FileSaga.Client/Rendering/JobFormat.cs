using FileSaga.Client.Api;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FileSaga.Client.Rendering;

/// <summary>Shared rendering of job fields; every server-supplied string goes through <see cref="Markup.Escape"/>.</summary>
public static class JobFormat
{
    public static string StatusColor(string? status) => status?.ToUpperInvariant() switch
    {
        "COMPLETED" or "SUCCEEDED" or "RESOLVED" => "green",
        "RUNNING" => "blue",
        "RETRYING" or "COMPENSATING" or "COMPENSATED" => "yellow",
        "FAILED" or "COMPENSATIONFAILED" => "red",
        "CANCELLED" or "SKIPPED" => "grey",
        _ => "default",
    };

    public static IRenderable Status(string? status) =>
        new Markup($"[{StatusColor(status)}]{Markup.Escape(status ?? "-")}[/]");

    public static IRenderable Plain(string? text) => new Text(string.IsNullOrEmpty(text) ? "-" : text);

    public static string Time(DateTimeOffset? time) => time?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss") ?? "-";

    public static string ClockTime(DateTimeOffset? time) => time?.ToLocalTime().ToString("HH:mm:ss") ?? "-";

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "-",
        { TotalHours: >= 1 } d => d.ToString(@"h\:mm\:ss"),
        { } d => d.ToString(@"m\:ss\.f"),
    };

    public static string Truncate(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>"attempt N" of the active step once it has been retried, with its last error or the job's error.</summary>
    public static string AttemptsAndError(JobView job, int maxError = 60)
    {
        var step = job.ActiveStep;
        var error = job.Error ?? step?.LastError;
        var attempts = step is { Attempts: > 1 } ? $"attempt {step.Attempts}" : "";
        return string.IsNullOrEmpty(error) ? attempts : $"{attempts} {Truncate(error, maxError)}".Trim();
    }

    public static Table StepsTable(JobView job)
    {
        var table = new Table().RoundedBorder().Title("Steps")
            .AddColumns("Step", "Status", "Attempts", "Started", "Finished", "Last error");
        foreach (var s in job.Steps)
        {
            table.AddRow(
                Plain(s.Name),
                Status(s.Status),
                Plain(s.Attempts.ToString()),
                Plain(ClockTime(s.StartedAt)),
                Plain(ClockTime(s.FinishedAt)),
                Plain(s.LastError));
        }

        return table;
    }

    public static Table CompensationsTable(JobView job, string title = "Compensations")
    {
        var table = new Table().RoundedBorder().Title(Markup.Escape(title))
            .AddColumns("Step", "Action", "Status", "Attempts", "Last error");
        foreach (var c in job.Compensations)
        {
            table.AddRow(
                Plain(c.Step),
                Plain(c.Action),
                Status(c.Status),
                Plain(c.Attempts.ToString()),
                Plain(c.LastError));
        }

        return table;
    }
}
