namespace FileSaga.Handlers.Querying;

/// <summary>A page and a time window, as parsed from a query string.</summary>
public sealed record PageWindow(int Page, int PageSize, DateTimeOffset? Since, DateTimeOffset? Until)
{
    public int Skip => (Page - 1) * PageSize;
}

/// <summary>Checks page and time-window parameters; a problem names the parameter.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static PageWindow Parse(string? page, string? pageSize, string? since, string? until, Dictionary<string, string[]> errors)
    {
        var window = new PageWindow(
            QueryParameters.Number(page, nameof(page), 1, errors),
            QueryParameters.Number(pageSize, nameof(pageSize), DefaultPageSize, errors),
            QueryParameters.Time(since, nameof(since), errors),
            QueryParameters.Time(until, nameof(until), errors));
        if (window.Page < 1)
        {
            errors[nameof(page)] = ["page must be 1 or more"];
        }

        if (window.PageSize is < 1 or > MaxPageSize)
        {
            errors[nameof(pageSize)] = [$"pageSize must be between 1 and {MaxPageSize}"];
        }

        if (window.Since > window.Until)
        {
            errors[nameof(since)] = ["since must not be after until"];
        }

        return window;
    }
}
