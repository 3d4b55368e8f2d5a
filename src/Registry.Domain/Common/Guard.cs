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

    /// <summary>
    /// Trims a required name-like text and checks its length and that it is <see cref="PlainText"/>; returns the trimmed
    /// value. Every name and text field of the domain goes through here (or <see cref="OptionalText"/>).
    /// </summary>
    public string Text(string field, string? value, int maxLength, bool required = true, bool multiline = false)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0) Add(field, ErrorCodes.Required, $"{field} must not be empty.");
        else if (trimmed.Length > maxLength) Add(field, ErrorCodes.TooLong, $"{field} must be at most {maxLength} characters.");
        else if (PlainText.Problem(trimmed, multiline) is { } problem) Add(field, ErrorCodes.Invalid, $"{field} {problem}.");
        return trimmed;
    }

    public string? OptionalText(string field, string? value, int maxLength, bool multiline = false)
    {
        var trimmed = Text(field, value, maxLength, required: false, multiline);
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Checks that a date lies within [<paramref name="earliest"/>, <paramref name="latest"/>].</summary>
    public DateOnly Date(string field, DateOnly value, DateOnly earliest, DateOnly latest)
    {
        if (value < earliest || value > latest)
            Add(field, ErrorCodes.OutOfRange, $"{field} must be between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        return value;
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0) throw new DomainException(errors.ToList());
    }
}
