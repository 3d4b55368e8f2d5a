using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

public sealed class CertificateEventType : ObjectGraphType<CertificateEvent>
{
    public CertificateEventType()
    {
        Name = "CertificateEvent";
        Description = "One transition of a certificate and the state it left.";
        Field<NonNullGraphType<EnumerationGraphType<CertificateEventKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<Schema.Scalars.CalendarDateGraphType>>("on").Resolve(ctx => ctx.Source.On);
        Field<NonNullGraphType<CertificateStatusType>>("statusAfter").Resolve(ctx => ctx.Source.StatusAfter);
        Field<NonNullGraphType<Schema.Scalars.CalendarDateGraphType>>("validUntilAfter").Resolve(ctx => ctx.Source.ValidUntilAfter);
        Field<StringGraphType>("reason").Resolve(ctx => ctx.Source.Reason);
    }
}
