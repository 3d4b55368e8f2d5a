namespace Registry.Domain.Common;

/// <summary>Thrown when a rule rejects an operation; carries every error found, so callers report them all at once.</summary>
public sealed class DomainException(IReadOnlyList<DomainError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{string.Join('.', e.Field)}: {e.Message}")))
{
    public IReadOnlyList<DomainError> Errors { get; } = errors;

    public DomainException(string field, string code, string message)
        : this([new DomainError(field, code, message)]) { }
}
