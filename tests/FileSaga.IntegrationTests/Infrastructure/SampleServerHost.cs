extern alias SampleServerApp;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>The real sample server, on Kestrel on a free loopback port, so FileSaga talks to it over real HTTP.</summary>
public sealed class SampleServerHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<SampleServerApp::Program> _factory;

    public SampleServerHost(string dataRoot)
    {
        DataRoot = dataRoot;
        _factory = new WebApplicationFactory<SampleServerApp::Program>()
            .WithWebHostBuilder(b => b.UseSetting("SampleServer:DataRoot", dataRoot).UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public string DataRoot { get; }

    public HttpClient Http { get; }

    public string Url(string path) => BaseAddress.ToString().TrimEnd('/') + path;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }
}
