namespace Registry.Api.Hosting;

/// <summary>
/// <c>X-Registry-Instance: host:pid</c> on every response, so that behind a load balancer an operator (or a test) can
/// tell which instance answered.
/// </summary>
public static class InstanceHeader
{
    public const string Name = "X-Registry-Instance";

    private static readonly string Value = $"{Environment.MachineName}:{Environment.ProcessId}";

    public static IApplicationBuilder UseInstanceHeader(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.Headers[Name] = Value;
        return next(http);
    });
}
