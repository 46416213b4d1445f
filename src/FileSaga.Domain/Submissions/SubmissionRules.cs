using System.Text.RegularExpressions;
using FileSaga.Domain.Jobs;

namespace FileSaga.Domain.Submissions;

/// <summary>A submission as received, before it is trusted.</summary>
public sealed record JobRequest(string? JobId, string? Kind, string? SourceUrl, string? FileName);

/// <summary>The rules a submission must meet. Each broken rule names its field.</summary>
public static partial class SubmissionRules
{
    public const int MaxFileNameLength = 255;
    public const int MaxUrlLength = 2048;

    public static readonly IReadOnlyList<string> AcceptedExtensions = [".json", ".ndjson", ".jsonl", ".csv", ".xml", ".txt"];

    /// <summary>Job ids become folder names, so they are kept to a safe alphabet (\z, since $ also matches before a final newline).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z")]
    private static partial Regex JobIdPattern();

    /// <summary>Field name (camelCase, as on the wire) → what is wrong with it. Empty when valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(JobRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.JobId is not null && !JobIdPattern().IsMatch(request.JobId))
        {
            errors["jobId"] = ["jobId must be 1-100 characters of letters, digits, '.', '_' or '-', starting with a letter or digit"];
        }

        if (request.Kind is not null && !StepNames.TryParseKind(request.Kind, out _))
        {
            errors["kind"] = [$"kind must be 'saga' or 'simple', not '{request.Kind}'"];
        }

        var urlError = CheckUrl(request.SourceUrl);
        if (urlError is not null)
        {
            errors["sourceUrl"] = [urlError];
        }

        var nameError = CheckFileName(request.FileName);
        if (nameError is not null)
        {
            errors["fileName"] = [nameError];
        }

        return errors;
    }

    public static JobKind KindOf(JobRequest request) =>
        request.Kind is null ? JobKind.Saga : StepNames.TryParseKind(request.Kind, out var kind) ? kind : JobKind.Saga;

    private static string? CheckUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "sourceUrl is required";
        }

        if (url.Length > MaxUrlLength)
        {
            return $"sourceUrl must be at most {MaxUrlLength} characters";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "sourceUrl must be an absolute http or https URL";
        }

        return string.IsNullOrEmpty(uri.Host) ? "sourceUrl must name a host" : null;
    }

    private static string? CheckFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "fileName is required";
        }

        if (fileName.Length > MaxFileNameLength)
        {
            return $"fileName must be at most {MaxFileNameLength} characters";
        }

        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Any(char.IsControl) || fileName is "." or "..")
        {
            return "fileName must be a plain file name, without folders or control characters";
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return AcceptedExtensions.Contains(extension)
            ? null
            : $"fileName must end in one of {string.Join(", ", AcceptedExtensions)}; '{extension}' is not supported";
    }
}
