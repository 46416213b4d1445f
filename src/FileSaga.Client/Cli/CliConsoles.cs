using Spectre.Console;

namespace FileSaga.Client.Cli;

/// <summary>Results go to standard output, errors to standard error, so scripts can capture one without the other.</summary>
public sealed record CliConsoles(IAnsiConsole Out, IAnsiConsole Error)
{
    // Without a terminal Spectre assumes 80 columns; logs have no width, and tables squeezed to 80 wrap every cell.
    private const int RedirectedWidth = 160;

    public static CliConsoles System()
    {
        var output = AnsiConsole.Console;
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsOutputRedirected)
        {
            output.Profile.Width = RedirectedWidth;
        }

        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = RedirectedWidth;
        }

        return new CliConsoles(output, error);
    }
}
