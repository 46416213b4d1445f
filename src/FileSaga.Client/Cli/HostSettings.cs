using System.ComponentModel;
using FileSaga.Client.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

/// <summary>Options every command takes.</summary>
public class HostSettings : CommandSettings
{
    public const string HostVariable = "FILESAGA_URL";

    [CommandOption("--host <URL>")]
    [Description("FileSaga Host address. Default: $FILESAGA_URL, else http://127.0.0.1:5080")]
    public string? Host { get; init; }

    public Uri HostUri => new(ResolvedHost);

    private string ResolvedHost =>
        Host ?? NonEmpty(Environment.GetEnvironmentVariable(HostVariable)) ?? FileSagaApiClient.DefaultBaseAddress.ToString();

    public override ValidationResult Validate() =>
        IsHttpUrl(ResolvedHost)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--host must be an absolute http(s) URL, got '{ResolvedHost}'.");

    internal static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Settings of the commands that act on one job.</summary>
public class JobIdSettings : HostSettings
{
    [CommandArgument(0, "<jobId>")]
    [Description("The job id")]
    public string JobId { get; init; } = "";
}

/// <summary>Paging and time window shared by the list and audit commands.</summary>
public class PagedSettings : HostSettings
{
    [CommandOption("--since <TIME>")]
    [Description("Only entries at or after this ISO-8601 time")]
    public DateTimeOffset? Since { get; init; }

    [CommandOption("--until <TIME>")]
    [Description("Only entries before this ISO-8601 time")]
    public DateTimeOffset? Until { get; init; }

    [CommandOption("--page <N>")]
    [Description("Page number, from 1")]
    public int? Page { get; init; }

    [CommandOption("--page-size <N>")]
    [Description("Entries per page")]
    public int? PageSize { get; init; }

    public override ValidationResult Validate() =>
        Page is < 1 ? ValidationResult.Error("--page must be 1 or more.")
        : PageSize is < 1 ? ValidationResult.Error("--page-size must be 1 or more.")
        : base.Validate();
}
