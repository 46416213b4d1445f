namespace FileSaga.Handlers.Jobs;

/// <summary>Settings of the engine, bound from the <c>FileSaga</c> configuration section.</summary>
public sealed class FileSagaOptions
{
    public const string Section = "FileSaga";

    /// <summary>Where job folders live: <c>jobs/{jobId}/input|processed|backup|quarantine</c> and <c>logs/</c>.</summary>
    public string DataRoot { get; set; } = "./filesaga_processing_data";

    /// <summary>Downloads larger than this fail without retry.</summary>
    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Base address of the upload service (<c>POST /upload</c>, <c>DELETE /rollback/{id}</c>).</summary>
    public string UploadServiceUrl { get; set; } = "http://127.0.0.1:5081";

    /// <summary>Where notifications are posted.</summary>
    public string WebhookUrl { get; set; } = "http://127.0.0.1:5081/webhook";

    /// <summary>A download that receives no byte for this long is abandoned (the attempt fails and may be retried).</summary>
    public TimeSpan DownloadIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Per-step overrides of the default policy table, keyed by step name (e.g. <c>upload</c>).</summary>
    public Dictionary<string, StepPolicyOverride> Steps { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Any field left null keeps the default of the policy table.</summary>
public sealed class StepPolicyOverride
{
    public TimeSpan? Timeout { get; set; }

    public int? Attempts { get; set; }

    public TimeSpan? FirstRetry { get; set; }

    public TimeSpan? LongestWait { get; set; }

    public TimeSpan? CompensationTimeout { get; set; }

    public int? CompensationAttempts { get; set; }

    public TimeSpan? CompensationFirstRetry { get; set; }

    public TimeSpan? CompensationLongestWait { get; set; }
}
