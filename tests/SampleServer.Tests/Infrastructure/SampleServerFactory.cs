using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SampleServer.Tests.Infrastructure;

/// <summary>The sample server over a given data root, in memory or (for connection-level faults) on real Kestrel.</summary>
public sealed class SampleServerFactory(string dataRoot, long? maxUploadBytes = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SampleServer:DataRoot", dataRoot);
        if (maxUploadBytes is { } max)
        {
            builder.UseSetting("SampleServer:MaxUploadBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
