using FileSaga.Client.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops polling cleanly (the demo still removes its fault rule); a second one kills the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await FileSagaCli.Create(CliConsoles.System()).RunAsync(args, cancellation.Token);
