namespace SampleServer.Tests.Infrastructure;

/// <summary>One server for read-only tests (sample data, generation): they change no state.</summary>
public sealed class SharedServer : IDisposable
{
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("filesaga-samples-shared-").FullName;
    private readonly SampleServerFactory _server;

    public SharedServer()
    {
        _server = new SampleServerFactory(_dataRoot);
        Client = _server.CreateClient();
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _server.Dispose();
        Directory.Delete(_dataRoot, recursive: true);
    }
}
