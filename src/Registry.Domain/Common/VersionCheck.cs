namespace Registry.Domain.Common;

public static class VersionCheck
{
    /// <summary>Refuses an edit based on another version than the stored one.</summary>
    public static void Expect(IVersioned record, int? expected, string field = "version")
    {
        if (expected is null)
            throw new DomainException(field, ErrorCodes.Required, "version is required: pass the version you read, so a concurrent edit is not overwritten.");
        if (expected != record.Version)
            throw new DomainException(field, ErrorCodes.Conflict,
                $"The record changed since you read it (you have version {expected}, it is now {record.Version}); reload and apply your change again.");
    }
}
