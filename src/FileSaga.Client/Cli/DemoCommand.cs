using System.ComponentModel;
using FileSaga.Client.Api;
using FileSaga.Client.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

[Description("Run the demo jobs against the sample server; exit 0 only if every job ends as expected")]
public sealed class DemoCommand(CliConsoles consoles) : ApiCommand<DemoCommand.Settings>(consoles)
{
    public sealed class Settings : HostSettings
    {
        public const string SampleServerVariable = "FILESAGA_SAMPLE_URL";

        [CommandOption("--sample-server <URL>")]
        [Description("SampleServer address, also used in the jobs' source URLs. Default: $FILESAGA_SAMPLE_URL, else http://127.0.0.1:5081")]
        public string? SampleServer { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("How long to wait for all jobs to end")]
        [DefaultValue(300)]
        public int TimeoutSeconds { get; init; } = 300;

        public Uri SampleServerUri => new(ResolvedSampleServer);

        private string ResolvedSampleServer =>
            SampleServer ?? NonEmpty(Environment.GetEnvironmentVariable(SampleServerVariable)) ?? SampleServerClient.DefaultBaseAddress.ToString();

        public override ValidationResult Validate() =>
            !IsHttpUrl(ResolvedSampleServer) ? ValidationResult.Error($"--sample-server must be an absolute http(s) URL, got '{ResolvedSampleServer}'.")
            : TimeoutSeconds < 1 ? ValidationResult.Error("--timeout must be 1 second or more.")
            : base.Validate();
    }

    protected override async Task<int> RunAsync(
        IFileSagaApi api, Settings settings, List<(string Name, Uri Url)> services, CancellationToken cancellationToken)
    {
        services.Add(("the sample server", settings.SampleServerUri));
        using var sampleHttp = new HttpClient { BaseAddress = settings.SampleServerUri, Timeout = TimeSpan.FromSeconds(30) };
        var runner = new DemoRunner(
            api, SampleServerClient.CreateFaults(settings.SampleServerUri, sampleHttp), settings.SampleServerUri, Console, TimeProvider.System);
        var report = await runner.RunAsync(TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken);
        return report.AllAsExpected ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
