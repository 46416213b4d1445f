namespace FileSaga.Client.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The API refused the request (400, 404, 409 …), or a job did not end as required.</summary>
    public const int Failed = 1;

    /// <summary>The Host (or the sample server) did not answer.</summary>
    public const int Unreachable = 2;
}
