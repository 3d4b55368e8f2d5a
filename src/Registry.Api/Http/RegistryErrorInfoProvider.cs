using GraphQL.Execution;

namespace Registry.Api.Http;

/// <summary>
/// GraphQL.NET's own error rendering with exception details hidden, and an unhandled error rendered as
/// <see cref="InternalErrors"/> (GraphQL.NET would otherwise derive its code from the exception's .NET type name).
/// </summary>
public sealed class RegistryErrorInfoProvider : IErrorInfoProvider
{
    private readonly ErrorInfoProvider inner = new(o => o.ExposeExceptionDetails = false);

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = inner.GetInfo(executionError);
        if (executionError is not UnhandledError) return info;
        return new ErrorInfo
        {
            Message = InternalErrors.Message,
            Extensions = new Dictionary<string, object?> { ["code"] = InternalErrors.Code },
        };
    }
}
