using System.Text.Json;
using System.Text.Json.Serialization;
using FileSaga.Handlers;
using FileSaga.Handlers.Jobs;
using JasperFx.Resources;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Postgresql;

namespace FileSaga.Host;

/// <summary>Wiring only: what the host is made of. Behaviour lives in FileSaga.Handlers.</summary>
public static class HostSetup
{
    public const string SubmissionQueue = "filesaga-submissions";
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static void AddFileSagaLogging(this WebApplicationBuilder builder)
    {
        var logs = Path.Combine(Path.GetFullPath(builder.Configuration[$"{FileSagaOptions.Section}:DataRoot"] ?? new FileSagaOptions().DataRoot), "logs");
        builder.Services.AddSerilog((services, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Wolverine", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Marten", Serilog.Events.LogEventLevel.Warning)
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(logs, "filesaga-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14));
    }

    public static void AddFileSagaPersistenceAndMessaging(this WebApplicationBuilder builder)
    {
        var connectionString = ConnectionString(builder.Configuration);
        builder.Services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                opts.DatabaseSchemaName = "filesaga";
                opts.ConfigureFileSagaStore();
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine();

        builder.Host.UseWolverine(opts =>
        {
            opts.ConfigureFileSagaMessaging();
            opts.ListenToPostgresqlQueue(SubmissionQueue);
            // Solo recovers a dead node's work within seconds; Balanced is for several nodes sharing one database.
            opts.Durability.Mode = builder.Configuration.GetValue("FileSaga:Durability:Mode", DurabilityMode.Solo);
            opts.Durability.ScheduledJobPollingTime = builder.Configuration.GetValue("FileSaga:Durability:ScheduledPolling", TimeSpan.FromMilliseconds(500));
        });
        builder.Services.AddResourceSetupOnStartup();
        builder.Services.AddFileSagaEngine(builder.Configuration);
        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "postgresql", tags: ["ready"]);
    }

    public static void AddFileSagaApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddWolverineHttp();
    }

    public static void MapFileSagaApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapWolverineEndpoints();
    }

    /// <summary><c>FILESAGA_DB</c> first, then <c>ConnectionStrings:Marten</c>.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["FILESAGA_DB"] is { Length: > 0 } fromEnvironment ? fromEnvironment
        : configuration.GetConnectionString("Marten") is { Length: > 0 } fromSettings ? fromSettings
        : throw new InvalidOperationException(
            "No database configured: set FILESAGA_DB (or ConnectionStrings:Marten) to a PostgreSQL connection string, or start one with scripts/postgres.sh up");
}
