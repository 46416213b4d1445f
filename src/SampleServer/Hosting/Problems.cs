using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SampleServer.Hosting;

/// <summary>RFC 7807 answers with a detail that says what to fix.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    /// <summary>A 400 naming the offending field both in <c>detail</c> and in <c>errors</c>.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: $"{field}: {message}",
            title: "Invalid request");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            title: "Invalid request");

    /// <summary>Gives every problem, including the framework's bare 404/405, an instance and a detail.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        var problem = context.ProblemDetails;
        problem.Instance ??= $"{request.Method} {request.Path}";
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => $"No endpoint answers {request.Method} {request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}.",
            _ => $"{problem.Title ?? "The request failed"} ({request.Method} {request.Path}).",
        };
    }

    /// <summary>Caps the body of a small JSON request: the global limit is sized for uploads.</summary>
    public static void LimitRequestBody(this HttpContext http, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }
}
