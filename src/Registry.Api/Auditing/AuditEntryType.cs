using Registry.Api.Schema;
using Registry.Domain.Auditing;

namespace Registry.Api.Auditing;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change made through the API, or one unmasked read of personal data. The trail cannot be edited.";
        this.IsNode("AuditEntry");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When, in UTC.").Resolve(ctx => DateTime.SpecifyKind(ctx.Source.At, DateTimeKind.Utc));
        Field(e => e.Actor).Description("The token's subject.");
        Field(e => e.Role, nullable: true);
        Field(e => e.Jurisdiction, nullable: true);
        Field(e => e.Operation).Description("The mutation, or readPersonalData.");
        Field(e => e.EntityType);
        Field(e => e.EntityId).Description("The changed entity's global ID.");
        Field(e => e.RegionCode, nullable: true);
        Field(e => e.Before, nullable: true).Description("JSON of the changed fields' values before; null for a creation or a read.");
        Field(e => e.After, nullable: true).Description("JSON of the changed fields' values after; null for a read.");
    }
}
