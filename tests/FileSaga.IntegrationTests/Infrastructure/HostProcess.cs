using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>The FileSaga host as a real operating-system process, so a test can SIGKILL it and start it again.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _log;
    private Process? _process;

    public HostProcess(Dictionary<string, string> environment, string log)
    {
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        _environment = new(environment) { ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/') };
        _log = log;
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>The host built next to this test assembly's configuration (test.sh builds the whole solution first).</summary>
    public static string HostDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(TestDatabase.RepositoryRoot(), "src", "FileSaga.Host", "bin", configuration, "net10.0", "FileSaga.Host.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the solution first: {dll} is missing");
        }
    }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet", [HostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        var log = new StreamWriter(_log, append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task WaitUntilReadyAsync(TimeSpan deadline)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > until || _process is { HasExited: true })
            {
                throw new TimeoutException($"the host did not become ready; see {_log}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; the worst moment a process can die.</summary>
    public void KillHard()
    {
        _process?.Kill(entireProcessTree: false);
        _process?.WaitForExit();
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
