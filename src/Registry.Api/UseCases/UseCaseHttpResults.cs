namespace Registry.Api.UseCases;

/// <summary>
/// The HTTP transport's half of a use case: which status an error code answers with, the same for every upload, so
/// that a CONFLICT is a 409 and a refusal a 403 whichever endpoint met it.
/// </summary>
public static class UseCaseHttpResults
{
    public static int StatusOf(IReadOnlyList<DomainError> errors) =>
        errors.Select(e => e.Code).FirstOrDefault(code => code is ErrorCodes.Unauthenticated or ErrorCodes.Forbidden
            or ErrorCodes.Conflict or ErrorCodes.NotFound) switch
        {
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.Conflict => StatusCodes.Status409Conflict,
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
}
