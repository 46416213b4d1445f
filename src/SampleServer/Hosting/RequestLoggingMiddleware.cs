using System.Diagnostics;

namespace SampleServer.Hosting;

/// <summary>One structured log line per request, including requests a fault aborted.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (http.RequestAborted.IsCancellationRequested)
            {
                logger.LogInformation("HTTP {Method} {Path}{Query} aborted after {ElapsedMs:0.0} ms",
                    http.Request.Method, http.Request.Path, http.Request.QueryString, elapsedMs);
            }
            else
            {
                logger.LogInformation("HTTP {Method} {Path}{Query} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    http.Request.Method, http.Request.Path, http.Request.QueryString, http.Response.StatusCode, elapsedMs);
            }
        }
    }
}
