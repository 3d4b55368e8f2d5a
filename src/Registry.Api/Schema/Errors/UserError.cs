namespace Registry.Api.Schema.Errors;

/// <summary>An expected failure of a mutation, returned in its payload: the input path, a sentence and a stable code.</summary>
public sealed record UserError(IReadOnlyList<string> Field, string Message, string Code)
{
    public static UserError From(DomainError error) => new(error.Field, error.Message, error.Code);
}
