using Alba;
using FileSaga.Domain.Jobs;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>
/// One FileSaga host, one sample server and one fresh database for the whole test run. Tests keep out of
/// each other's way by giving every job its own id; retry waits are shortened so failures play out quickly.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public static readonly TimeSpan JobDeadline = TimeSpan.FromSeconds(60);

    private TestDatabase? _database;

    public IAlbaHost Host { get; private set; } = null!;

    public SampleServerHost SampleServer { get; private set; } = null!;

    public string DataRoot { get; } = TestDatabase.TestDataFolder("run");

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        SampleServer = new SampleServerHost(Path.Combine(DataRoot, "samples"));
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("FILESAGA_DB", _database.ConnectionString);
            builder.UseSetting("FileSaga:DataRoot", Path.Combine(DataRoot, "processing"));
            builder.UseSetting("FileSaga:UploadServiceUrl", SampleServer.BaseAddress.ToString());
            builder.UseSetting("FileSaga:WebhookUrl", SampleServer.Url("/webhook"));
            builder.UseSetting("FileSaga:Durability:ScheduledPolling", "00:00:00.100");
            builder.UseSetting("FileSaga:DownloadIdleTimeout", "00:00:01");
            foreach (var step in Enum.GetValues<Step>())
            {
                var key = $"FileSaga:Steps:{step.Wire()}";
                builder.UseSetting($"{key}:FirstRetry", "00:00:00.050");
                builder.UseSetting($"{key}:LongestWait", "00:00:00.200");
                builder.UseSetting($"{key}:CompensationFirstRetry", "00:00:00.050");
                builder.UseSetting($"{key}:CompensationLongestWait", "00:00:00.400");
                builder.UseSetting($"{key}:CompensationAttempts", "8");
            }
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await SampleServer.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        ImmutableFolder.ReleaseAll(DataRoot);
        Directory.Delete(DataRoot, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "FileSaga host";
}
