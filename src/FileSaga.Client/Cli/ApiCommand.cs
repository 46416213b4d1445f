using FileSaga.Client.Api;
using Refit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

/// <summary>
/// A command that talks to the Host: builds the client from <c>--host</c> and turns API and connection errors into
/// readable messages and exit codes (1 for an API error, 2 when a server cannot be reached).
/// </summary>
public abstract class ApiCommand<TSettings>(CliConsoles consoles) : AsyncCommand<TSettings>
    where TSettings : HostSettings
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    protected IAnsiConsole Console => consoles.Out;

    protected IAnsiConsole Errors => consoles.Error;

    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var services = new List<(string Name, Uri Url)> { ("FileSaga", settings.HostUri) };
        using var http = new HttpClient { BaseAddress = settings.HostUri, Timeout = RequestTimeout };
        try
        {
            return await RunAsync(FileSagaApiClient.Create(settings.HostUri, http), settings, services, cancellationToken);
        }
        catch (ApiException e)
        {
            PrintProblem(e);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsUnreachable(e))
        {
            var uri = (e as ApiExceptionBase)?.Uri;
            var (name, url) = services.FirstOrDefault(
                s => uri is not null && Uri.Compare(s.Url, uri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0,
                services[0]);
            Errors.MarkupLineInterpolated($"[red]cannot reach {name} at {url.ToString().TrimEnd('/')}[/]");
            Errors.MarkupLineInterpolated($"[grey]{Innermost(e).Message}[/]");
            return ExitCodes.Unreachable;
        }
    }

    /// <param name="services">The servers this command talks to, named in "cannot reach" messages; add any other than the Host.</param>
    protected abstract Task<int> RunAsync(
        IFileSagaApi api, TSettings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken);

    protected void PrintProblem(ApiException e)
    {
        var problem = e.ReadProblem();
        var title = problem?.Title ?? e.ReasonPhrase ?? e.StatusCode.ToString();
        Errors.MarkupLineInterpolated($"[red]Error {(int)e.StatusCode}: {title}[/]");
        if (problem is null)
        {
            if (!string.IsNullOrWhiteSpace(e.Content))
            {
                Errors.WriteLine(e.Content.Length > 500 ? e.Content[..500] + "…" : e.Content);
            }

            return;
        }

        if (!string.IsNullOrWhiteSpace(problem.Detail))
        {
            Errors.WriteLine(problem.Detail);
        }

        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                Errors.MarkupLineInterpolated($"  [yellow]{field}[/]: {message}");
            }
        }
    }

    private static bool IsUnreachable(Exception e) => e switch
    {
        ApiRequestException => true,
        HttpRequestException { StatusCode: null } => true,
        // HttpClient reports its own timeout as a cancellation the caller did not ask for.
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
