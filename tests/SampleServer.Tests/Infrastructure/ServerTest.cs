namespace SampleServer.Tests.Infrastructure;

/// <summary>Base of tests that write: each test gets its own data root and servers, removed afterwards.</summary>
public abstract class ServerTest : IAsyncLifetime
{
    private readonly List<SampleServerFactory> _servers = [];
    private HttpClient? _client;

    protected string DataRoot { get; } = Directory.CreateTempSubdirectory("filesaga-samples-test-").FullName;

    protected string UploadsDirectory => Path.Combine(DataRoot, "uploads");

    protected string LogsDirectory => Path.Combine(DataRoot, "logs");

    /// <summary>A client of the test's default in-memory server.</summary>
    protected HttpClient Client => _client ??= StartServer().CreateClient();

    /// <summary>Starts another server over the same data root, e.g. to stand for a restart.</summary>
    protected SampleServerFactory StartServer(long? maxUploadBytes = null, TimeProvider? clock = null)
    {
        var server = new SampleServerFactory(DataRoot, maxUploadBytes, clock);
        _servers.Add(server);
        return server;
    }

    /// <summary>A client of a server on real Kestrel: needed when the test is about the connection itself.</summary>
    protected HttpClient StartKestrelClient()
    {
        var server = StartServer();
        server.UseKestrel(0);
        server.StartServer();
        return server.CreateClient();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(DataRoot, recursive: true);
    }
}
