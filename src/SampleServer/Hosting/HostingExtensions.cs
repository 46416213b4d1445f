using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SampleServer.Faults;
using SampleServer.Uploads;
using SampleServer.Webhooks;

namespace SampleServer.Hosting;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5081";

    /// <summary>Room for multipart boundaries and part headers on top of the file itself.</summary>
    public const long MultipartOverheadBytes = 1024 * 1024;

    private static readonly string[] UrlKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>Listens on <see cref="DefaultUrl"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c>, ports or Kestrel endpoints say otherwise.</summary>
    public static WebApplicationBuilder ConfigureSampleHost(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var configured = UrlKeys.Any(key => !string.IsNullOrWhiteSpace(config[key]))
            || config.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The request log line replaces the framework's per-request chatter.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }

    public static IServiceCollection AddSampleServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SampleServerOptions>()
            .Bind(configuration.GetSection(SampleServerOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0, "SampleServer:MaxUploadBytes must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataRoot), "SampleServer:DataRoot must be set.")
            .ValidateOnStart();

        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<SampleServerOptions>>((kestrel, sample) =>
                kestrel.Limits.MaxRequestBodySize = sample.Value.MaxUploadBytes + MultipartOverheadBytes);
        services.AddOptions<FormOptions>()
            .Configure<IOptions<SampleServerOptions>>((form, sample) =>
                form.MultipartBodyLengthLimit = sample.Value.MaxUploadBytes + MultipartOverheadBytes);

        services.ConfigureHttpJsonOptions(o => SampleJson.Configure(o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Describe);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UploadStore>();
        services.AddSingleton<WebhookLog>();
        services.AddSingleton<FaultStore>();
        return services;
    }
}
