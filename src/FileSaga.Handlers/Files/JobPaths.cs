using FileSaga.Handlers.Jobs;
using Microsoft.Extensions.Options;

namespace FileSaga.Handlers.Files;

/// <summary>
/// The deterministic place of every file of a job, so that a step run twice writes to the same path.
/// Stored names are generated here; the submitted file name only lends its extension.
/// Events hold paths relative to the data root.
/// </summary>
public sealed class JobPaths(IOptions<FileSagaOptions> options)
{
    public string DataRoot { get; } = Path.GetFullPath(options.Value.DataRoot);

    public string JobFolder(string jobId) => Path.Combine(DataRoot, "jobs", jobId);

    public string InputFolder(string jobId) => Path.Combine(JobFolder(jobId), "input");

    public string ProcessedFolder(string jobId) => Path.Combine(JobFolder(jobId), "processed");

    public string BackupFolder(string jobId) => Path.Combine(JobFolder(jobId), "backup");

    public string QuarantineFolder(string jobId) => Path.Combine(JobFolder(jobId), "quarantine");

    public string Download(string jobId, string fileName) => Path.Combine(InputFolder(jobId), "source" + Extension(fileName));

    public string Parsed(string jobId) => Path.Combine(InputFolder(jobId), "parsed.ndjson");

    public string Processed(string jobId) => Path.Combine(InputFolder(jobId), "processed.ndjson");

    public string Output(string jobId) => Path.Combine(ProcessedFolder(jobId), "output.json");

    public string Rejected(string jobId) => Path.Combine(ProcessedFolder(jobId), "rejected.ndjson");

    public string Backup(string jobId, string fileName) => Path.Combine(BackupFolder(jobId), "source" + Extension(fileName));

    public string Quarantine(string jobId, string fileName) => Path.Combine(QuarantineFolder(jobId), "source" + Extension(fileName));

    public string Relative(string fullPath) => Path.GetRelativePath(DataRoot, fullPath);

    public string Full(string relativePath) => Path.GetFullPath(Path.Combine(DataRoot, relativePath));

    private static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();
}
