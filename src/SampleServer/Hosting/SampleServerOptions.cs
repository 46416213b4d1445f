namespace SampleServer.Hosting;

/// <summary>Settings of the section <c>SampleServer</c> (environment: <c>SampleServer__DataRoot</c>, …).</summary>
public sealed class SampleServerOptions
{
    public const string Section = "SampleServer";

    /// <summary>Holds <c>uploads/</c> and <c>logs/</c>.</summary>
    public string DataRoot { get; set; } = "./filesaga_samples_data";

    /// <summary>Largest file accepted by <c>POST /upload</c>; 2 GiB by default.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    public string UploadsDirectory => Path.Combine(Path.GetFullPath(DataRoot), "uploads");

    public string LogsDirectory => Path.Combine(Path.GetFullPath(DataRoot), "logs");
}
