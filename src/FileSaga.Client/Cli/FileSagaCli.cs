using Spectre.Console.Cli;

namespace FileSaga.Client.Cli;

public static class FileSagaCli
{
    public static CommandApp Create(CliConsoles consoles)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("filesaga");
            config.Settings.Console = consoles.Out;
            config.Settings.Registrar.RegisterInstance(consoles);

            config.AddCommand<SubmitCommand>("submit")
                .WithExample("submit", "http://127.0.0.1:5081/sample-data/posts", "--file-name", "posts.json", "--wait");
            config.AddCommand<StatusCommand>("status").WithExample("status", "demo-20250101-120000-posts");
            config.AddCommand<ListCommand>("list").WithExample("list", "--status", "Compensated", "--page-size", "50");
            config.AddCommand<EventsCommand>("events");
            config.AddCommand<AuditCommand>("audit").WithExample("audit", "--type", "StepFailed");
            config.AddCommand<WatchCommand>("watch");
            config.AddCommand<CancelCommand>("cancel");
            config.AddBranch("compensation", branch =>
            {
                branch.SetDescription("Operator actions on a CompensationFailed job");
                branch.AddCommand<RetryCompensationCommand>("retry");
                branch.AddCommand<ResolveCompensationCommand>("resolve");
            });
            config.AddCommand<DemoCommand>("demo").WithExample("demo", "--timeout", "120");
        });
        return app;
    }
}
