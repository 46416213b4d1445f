using System.Globalization;

namespace FileSaga.Handlers.Querying;

/// <summary>Parses query-string values by hand so that a bad value gets a 400 that names it.</summary>
public static class QueryParameters
{
    public static DateTimeOffset? Time(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors[name] = [$"{name} must be an ISO-8601 date or time, not '{value}'"];
        return null;
    }

    public static int Number(string? value, string name, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[name] = [$"{name} must be a whole number, not '{value}'"];
        return fallback;
    }
}
