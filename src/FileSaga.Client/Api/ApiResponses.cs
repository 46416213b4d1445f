using System.Text.Json;
using Refit;

namespace FileSaga.Client.Api;

public static class ApiResponses
{
    /// <summary>The content of a successful response; otherwise throws the request or response error Refit captured.</summary>
    public static T GetContentOrThrow<T>(this IApiResponse<T> response)
    {
        response.ThrowIfFailed();
        return response.HasContent
            ? response.Content
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int?)response.StatusCode} without a body.");
    }

    /// <summary>Throws the request or response error Refit captured, if any.</summary>
    public static void ThrowIfFailed(this IApiResponse response)
    {
        if (response.HasRequestError(out var requestError))
        {
            throw requestError;
        }

        if (response.Error is { } error)
        {
            throw error;
        }
    }

    /// <summary>The problem details in an error response, or null when the body is not problem JSON.</summary>
    public static ApiProblem? ReadProblem(this ApiException exception)
    {
        if (string.IsNullOrWhiteSpace(exception.Content))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(exception.Content, FileSagaJsonContext.Default.ApiProblem);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
