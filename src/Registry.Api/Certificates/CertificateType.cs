using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Domain.Certificates;
using Registry.Domain.Mediators;

namespace Registry.Api.Certificates;

public sealed class CertificateType : ObjectGraphType<Certificate>
{
    public CertificateType()
    {
        Name = "Certificate";
        Description = "A mediator's certificate (持证上岗). Status on a day follows from its history and the date.";
        this.IsNode("Certificate");
        Field(c => c.Number);
        Field<NonNullGraphType<CertificateStatusType>>("status")
            .Description("On asOf (default today); EXPIRED once the day is past the validity then in force.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                return ctx.EventsOf(ctx.Source.Id).Then(events => Certificate.StatusOn(events, asOf) ?? CertificateStatus.Active);
            });
        Field(c => c.IssuedOn);
        Field(c => c.ValidUntil).Description("The last valid day after the latest renewal.");
        Field<NonNullGraphType<RegionType>>("issuer").Description("The issuing bureau's region (发证机关).").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field<NonNullGraphType<MediatorType>>("holder").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field(c => c.Version).Description("Bumped by every change.");
        Field<NonNullGraphType<ConnectionType<CertificateEventType, CertificateEvent>>>("history").Description("Every transition, oldest first.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.EventsOf(ctx.Source.Id).Then(events => InMemoryPaging.ToPage(events, e => e.Sequence, page));
            });
    }
}

internal static class CertificateEventLoading
{
    /// <summary>A certificate's events in order, batched over a page (a certificate fetched by node() carries none loaded).</summary>
    public static GraphQL.DataLoader.IDataLoaderResult<List<CertificateEvent>> EventsOf(this IResolveFieldContext context, long certificateId) =>
        context.LoadGrouped("CertificateEvent.ByCertificate", certificateId,
            (db, ids) => db.CertificateEvents.AsNoTracking().Where(e => ids.Contains(e.CertificateId)).OrderBy(e => e.Sequence), e => e.CertificateId);
}
