namespace FileSaga.Handlers.Querying;

/// <summary>Checks page parameters; a problem names the parameter.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static Dictionary<string, string[]> Check(int? page, int? pageSize, DateTimeOffset? since, DateTimeOffset? until)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page must be 1 or more"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}"];
        }

        if (since is not null && until is not null && since > until)
        {
            errors["since"] = ["since must not be after until"];
        }

        return errors;
    }
}
