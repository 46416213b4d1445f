using System.Text.Json;
using System.Text.Json.Serialization;
using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Downloading;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Notifying;
using FileSaga.Handlers.Uploading;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Refit;
using Weasel.Core;
using Wolverine;
using Wolverine.ErrorHandling;

namespace FileSaga.Handlers;

/// <summary>The one place where FileSaga's store, messaging and services are declared.</summary>
public static class FileSagaSetup
{
    /// <summary>Event store: string job ids, readable event names, and the job state kept inline with its events.</summary>
    public static void ConfigureFileSagaStore(this StoreOptions opts)
    {
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        // Rich appends give inline projections correct sequences and versions.
        opts.Events.AppendMode = EventAppendMode.Rich;
        foreach (var type in JobEventTypes.All)
        {
            opts.Events.MapEventType(type, type.Name);
        }

        opts.Projections.Add<JobStateProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<JobState>()
            .Metadata(m => m.Revision.MapTo(x => x.Version))
            .Index(x => x.SubmittedAt)
            .Duplicate(x => x.Status);
    }

    /// <summary>Messaging: every local queue durable, one transaction per handler, retries for database hiccups and races.</summary>
    public static void ConfigureFileSagaMessaging(this WolverineOptions opts)
    {
        opts.Policies.AutoApplyTransactions();
        opts.Policies.UseDurableLocalQueues();
        opts.Discovery.IncludeAssembly(typeof(FileSagaSetup).Assembly);

        // A lost append race or a stale version: run the handler again; steps are idempotent.
        opts.Policies.OnException<ConcurrencyException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1))
            .Then.ScheduleRetry(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
        opts.Policies.OnException<NpgsqlException>().OrInner<NpgsqlException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetry(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));

        // Refit clients are registered through factories, which generated handler code cannot inline.
        opts.CodeGeneration.AlwaysUseServiceLocationFor<IUploadServiceApi>();
        opts.CodeGeneration.AlwaysUseServiceLocationFor<IWebhookApi>();
    }

    /// <summary>The engine's services: options, step policies, file locations, runners, and HTTP clients of the external services.</summary>
    public static IServiceCollection AddFileSagaEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileSagaOptions>().Bind(configuration.GetSection(FileSagaOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => StepPolicyConfiguration.Build(sp.GetRequiredService<IOptions<FileSagaOptions>>().Value));
        services.AddSingleton<JobPaths>();
        services.AddSingleton<StepRunner>();
        services.AddSingleton<CompensationRunner>();
        services.AddSingleton<FileDownloader>();

        // No HTTP-level retries here: every attempt is a step attempt, recorded and retried durably by the engine,
        // and a streamed upload body cannot be replayed by an in-process retry handler.
        services.AddHttpClient(FileDownloader.HttpClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => NewHandler(sp));
        services.AddHttpClient(nameof(IUploadServiceApi))
            .ConfigureHttpClient((sp, c) =>
            {
                c.BaseAddress = new Uri(sp.GetRequiredService<IOptions<FileSagaOptions>>().Value.UploadServiceUrl);
                c.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => NewHandler(sp));
        services.AddHttpClient(nameof(IWebhookApi))
            .ConfigureHttpClient((sp, c) =>
            {
                c.BaseAddress = new Uri(sp.GetRequiredService<IOptions<FileSagaOptions>>().Value.WebhookUrl);
                c.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => NewHandler(sp));

        var refit = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        }));
        services.AddTransient(sp => RestService.ForGenerated<IUploadServiceApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IUploadServiceApi)), refit));
        services.AddTransient(sp => RestService.ForGenerated<IWebhookApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IWebhookApi)), refit));
        return services;
    }

    private static SocketsHttpHandler NewHandler(IServiceProvider sp) => new()
    {
        ConnectTimeout = sp.GetRequiredService<IOptions<FileSagaOptions>>().Value.ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };
}
