using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema.Mutations;

/// <summary>What every mutation returns: the result, or the user errors that explain why nothing changed.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> UserErrors)
{
    public static Payload<T> Failed(IEnumerable<UserError> errors) => new(default, errors.ToList());
}
