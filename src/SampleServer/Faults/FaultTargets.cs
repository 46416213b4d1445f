namespace SampleServer.Faults;

/// <summary>The routes a rule can hit and what it does to them.</summary>
public static class FaultTargets
{
    public const string Download = "download";
    public const string Upload = "upload";
    public const string Rollback = "rollback";
    public const string Webhook = "webhook";
    public const string Any = "*";

    public const string Error = "error";
    public const string Timeout = "timeout";
    public const string Slow = "slow";
    public const string Drop = "drop";

    public static readonly IReadOnlyList<string> Routes = [Download, Upload, Rollback, Webhook, Any];
    public static readonly IReadOnlyList<string> Modes = [Error, Timeout, Slow, Drop];

    /// <summary>The fault route of a request, or null for requests faults never touch (/health, /faults, listings).</summary>
    public static string? RouteOf(HttpRequest request)
    {
        var path = request.Path;
        if (HttpMethods.IsGet(request.Method) && path.StartsWithSegments("/sample-data"))
        {
            return Download;
        }

        if (HttpMethods.IsPost(request.Method) && path.Equals("/upload", StringComparison.OrdinalIgnoreCase))
        {
            return Upload;
        }

        if (HttpMethods.IsDelete(request.Method) && path.StartsWithSegments("/rollback"))
        {
            return Rollback;
        }

        return HttpMethods.IsPost(request.Method) && path.Equals("/webhook", StringComparison.OrdinalIgnoreCase) ? Webhook : null;
    }
}
