using Registry.Data.Querying;
using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Domain.Access;
using Registry.Domain.Auditing;

namespace Registry.Api.Auditing;

public sealed class AuditQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType, AuditEntry>>>("auditLog")
            .Requires(Permission.ReadAuditLog)
            .Description("The audit trail of a region's subtree (default: your jurisdiction), oldest first; for bureau admins.")
            .Argument<StringGraphType>("regionCode")
            .Argument<IdGraphType>("entityId", "Only the entries of this entity (its global ID).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("from")
            .Argument<Schema.Scalars.CalendarDateGraphType>("to")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var region = await ctx.ReportRegionArgumentAsync(permission: Permission.ReadAuditLog);
                var entries = ctx.Db().AuditEntries.InRegion(e => e.RegionCode, region);
                if (ctx.GetArgument<string?>("entityId") is { } entityId) entries = entries.Where(e => e.EntityId == entityId);
                if (ctx.GetArgument<DateOnly?>("from") is { } from) entries = entries.Where(e => e.At >= from.ToDateTime(TimeOnly.MinValue));
                if (ctx.GetArgument<DateOnly?>("to") is { } to) entries = entries.Where(e => e.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
                return await entries.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
}
