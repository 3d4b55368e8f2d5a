namespace Registry.Api.UseCases;

/// <summary>
/// What a use case gave back: its value, or every error that explains why nothing was changed. Transports translate
/// it: GraphQL into a payload with <c>userErrors</c>, HTTP into 200, or 401/403/404/409/422 with the same codes.
/// </summary>
public sealed record UseCaseResult<T>(T? Value, IReadOnlyList<DomainError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static UseCaseResult<T> Success(T value) => new(value, []);

    public static UseCaseResult<T> Failure(IReadOnlyList<DomainError> errors) => new(default, errors);

    public static UseCaseResult<T> Failure(string field, string code, string message) =>
        Failure([new DomainError(field, code, message)]);
}
