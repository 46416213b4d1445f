namespace FileSaga.Handlers.Records;

/// <summary>Writes to "path.tmp" and renames it over the path on commit, so readers never see a half-written file.</summary>
internal sealed class AtomicFileWriter : IAsyncDisposable
{
    private readonly string _path;
    private readonly string _tempPath;
    private bool _committed;

    private AtomicFileWriter(string path)
    {
        _path = Path.GetFullPath(path);
        _tempPath = _path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        Stream = new FileStream(_tempPath, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = InputFiles.BufferSize,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
    }

    public FileStream Stream { get; }

    public static AtomicFileWriter Create(string path) => new(path);

    /// <summary>Flushes to disk, renames into place and returns the size of the file.</summary>
    public async Task<long> CommitAsync(CancellationToken ct)
    {
        await Stream.FlushAsync(ct);
        // The rename must not become visible before the data is durable, or a crash could leave an empty file in place.
        Stream.Flush(flushToDisk: true);
        var length = Stream.Length;
        await Stream.DisposeAsync();
        File.Move(_tempPath, _path, overwrite: true);
        _committed = true;
        return length;
    }

    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        await Stream.DisposeAsync();
        File.Delete(_tempPath);
    }
}
