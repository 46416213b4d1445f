namespace FileSaga.Handlers.Records;

/// <summary>What the start of a file looks like: its first non-whitespace character, and whether NUL characters came before or with it.</summary>
internal readonly record struct ContentSniff(char First, bool HasNul);
