namespace Registry.Api.Schema.Errors;

/// <summary>
/// A query argument the registry cannot serve (an unknown region, <c>first</c> over 100, a malformed ID). It is reported
/// as a GraphQL error whose message and <c>extensions.field</c> name the argument.
/// </summary>
public sealed class InputError : ExecutionError
{
    public InputError(string field, string code, string message) : base($"{field}: {message}")
    {
        Code = code;
        Field = field;
        Extensions = new Dictionary<string, object?> { ["field"] = field };
    }

    public string Field { get; }

    public static InputError From(DomainException exception)
    {
        var first = exception.Errors[0];
        return new InputError(string.Join('.', first.Field), first.Code, first.Message);
    }
}
