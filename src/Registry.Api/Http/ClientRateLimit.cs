using System.Threading.RateLimiting;
using Registry.Api.Hosting;

namespace Registry.Api.Http;

/// <summary>
/// At most <see cref="LimitOptions.RequestsPerMinute"/> requests a minute per client: a signed-in caller is known by
/// the token's subject, anyone else by remote address. Health probes are never limited. A request over the limit
/// gets 429 with Retry-After and a GraphQL-shaped error (code RATE_LIMITED).
/// </summary>
internal static class ClientRateLimit
{
    public static IServiceCollection AddClientRateLimit(this IServiceCollection services, LimitOptions limits)
    {
        if (limits.RequestsPerMinute <= 0) return services;
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.RequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = $"Too many requests: at most {limits.RequestsPerMinute} a minute per client. Retry after {retryAfter.TotalSeconds:F0} s.",
                            extensions = new { code = "RATE_LIMITED" },
                        },
                    },
                }, ct);
            };
        });
    }

    public static WebApplication UseClientRateLimit(this WebApplication app, LimitOptions limits)
    {
        if (limits.RequestsPerMinute > 0) app.UseRateLimiter();
        return app;
    }

    private static string ClientOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { } subject
            ? "subject:" + subject
            : "address:" + context.Connection.RemoteIpAddress;
}
