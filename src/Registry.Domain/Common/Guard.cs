namespace Registry.Domain.Common;

/// <summary>Collects field errors while an input is checked, then throws them together.</summary>
public sealed class Guard
{
    private readonly List<DomainError> errors = [];

    public IReadOnlyList<DomainError> Errors => errors;

    public Guard Add(string field, string code, string message)
    {
        errors.Add(new DomainError(field, code, message));
        return this;
    }

    /// <summary>Trims a required name-like text and checks its length; returns the trimmed value.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0) Add(field, ErrorCodes.Required, $"{field} must not be empty.");
        else if (trimmed.Length > maxLength) Add(field, ErrorCodes.TooLong, $"{field} must be at most {maxLength} characters.");
        return trimmed;
    }

    public string? OptionalText(string field, string? value, int maxLength)
    {
        var trimmed = Text(field, value, maxLength, required: false);
        return trimmed.Length == 0 ? null : trimmed;
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0) throw new DomainException(errors.ToList());
    }
}
