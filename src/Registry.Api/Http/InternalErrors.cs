using GraphQL.Execution;

namespace Registry.Api.Http;

/// <summary>
/// What a client sees when something fails that the registry did not foresee: one generic message and the code
/// <see cref="Code"/>, never an exception's type or message (those go to the log, see <see cref="LogAsync"/>).
/// </summary>
public static class InternalErrors
{
    public const string Code = "INTERNAL_ERROR";
    public const string Message = "The registry could not complete this request because of an internal error; it has been logged. Try again, or report the time of the request.";

    /// <summary>Logs a resolver's unhandled exception with the field it failed in.</summary>
    public static Task LogAsync(UnhandledExceptionContext context, ExecutionOptions options)
    {
        if (context.OriginalException is not OperationCanceledException)
            options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Registry.Api.GraphQL")
                .LogError(context.OriginalException, "Unhandled exception in {Field}", context.FieldContext?.FieldDefinition.Name ?? "(request)");
        return Task.CompletedTask;
    }

    /// <summary>For the HTTP pipeline: answers 500 with the same body shape as every other error.</summary>
    public static IApplicationBuilder UseInternalErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(failed => failed.Run(async http =>
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = Message, extensions = new { code = Code } } } });
        }));
}
