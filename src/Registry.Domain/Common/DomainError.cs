namespace Registry.Domain.Common;

/// <summary>An expected failure of a rule: which input field, a stable code, and a sentence for people.</summary>
public sealed record DomainError(IReadOnlyList<string> Field, string Code, string Message)
{
    public DomainError(string field, string code, string message)
        : this(field.Split('.'), code, message) { }
}
