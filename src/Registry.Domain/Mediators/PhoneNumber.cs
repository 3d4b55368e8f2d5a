namespace Registry.Domain.Mediators;

public static class PhoneNumber
{
    /// <summary>The number with its middle hidden, e.g. 138****8000.</summary>
    public static string Mask(string phone)
    {
        var digits = phone.Trim();
        return digits.Length <= 7 ? new string('*', digits.Length) : digits[..3] + new string('*', digits.Length - 7) + digits[^4..];
    }
}
