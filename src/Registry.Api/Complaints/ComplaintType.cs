using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Complaints;
using Registry.Domain.Mediators;

namespace Registry.Api.Complaints;

public sealed class ComplaintType : ObjectGraphType<Complaint>
{
    public ComplaintType()
    {
        Name = "Complaint";
        Description = "A complaint against a mediator (投诉); an UPHELD one counts against grade eligibility and may ground a suspension.";
        this.IsNode("Complaint");
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<NonNullGraphType<RegionType>>("receivingRegion").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(c => c.ReceivedOn);
        Field(c => c.Summary);
        Field<EnumerationGraphType<ComplaintOutcome>>("outcome").Description("Null while open.").Resolve(ctx => ctx.Source.Outcome);
        Field(c => c.ResolvedOn, nullable: true);
        Field(c => c.Version);
    }
}
