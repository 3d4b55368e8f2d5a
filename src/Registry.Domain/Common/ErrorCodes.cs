namespace Registry.Domain.Common;

/// <summary>The stable codes clients can switch on; messages may change, codes do not.</summary>
public static class ErrorCodes
{
    public const string Required = "REQUIRED";
    public const string Invalid = "INVALID";
    public const string TooLong = "TOO_LONG";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string NotFound = "NOT_FOUND";
    public const string Duplicate = "DUPLICATE";
    public const string Conflict = "CONFLICT";
    public const string Overlap = "OVERLAP";
    public const string InvalidState = "INVALID_STATE";
    /// <summary>Four eyes: the person who submitted a claim may not approve it.</summary>
    public const string SamePerson = "SAME_PERSON";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
}
