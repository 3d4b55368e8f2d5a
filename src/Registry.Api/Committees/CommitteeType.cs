using Registry.Api.Cases;
using Registry.Api.Appointments;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Appointments;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CommitteeType : ObjectGraphType<Committee>
{
    public CommitteeType()
    {
        Name = "Committee";
        Description = "A people's mediation committee (人民调解委员会). Dissolved committees stay, with their history.";
        this.IsNode("Committee");
        Field(c => c.Name);
        Field(c => c.Kind, type: typeof(NonNullGraphType<CommitteeKindType>));
        Field(c => c.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(c => c.EstablishedOn);
        Field(c => c.DissolvedOn, nullable: true).Description("Last day of existence, if dissolved.");
        Field<NonNullGraphType<BooleanGraphType>>("isActive")
            .Description("Exists on asOf (default today).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx => ctx.Source.IsActiveOn(ctx.AsOf()));
        Field(c => c.Sector, type: typeof(EnumerationGraphType<Sector>))
            .Description("For INDUSTRY_PROFESSIONAL committees: the sector served.");
        Field(c => c.HostInstitution, type: typeof(EnumerationGraphType<HostInstitution>))
            .Description("For DISPATCHED_OFFICE: where it is stationed.");
        Field(c => c.HasFullTimeConditions)
            .Description("Designated as having the conditions for full-time staff (有条件的): CONDITIONAL quotas apply.");
        Field(c => c.HasPartyOrganisation).Description("Has a party organisation (党组织).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<Uniformity>>>>>("uniformities")
            .Description("Which of the six uniformities (六统一) are in place.")
            .Resolve(ctx => Flags.Split(ctx.Source.Uniformities));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<Implementation>>>>>("implementations")
            .Description("Which of the five implementations (五落实) are in place.")
            .Resolve(ctx => Flags.Split(ctx.Source.Implementations));
        Field<NonNullGraphType<BooleanGraphType>>("isStandardised").Description("All of 六统一 and 五落实.")
            .Resolve(ctx => ctx.Source.IsStandardised);
        this.AddStarFields();
        Field(c => c.Address, nullable: true);
        Field(c => c.Version).Description("Bumped by every change; pass it back to updateCommittee and dissolveCommittee.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("appointments")
            .Description("Appointments in force on asOf (default today).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx => ctx.ActiveAppointments(ctx.Source.Id, ctx.AsOf()));
        Field<NonNullGraphType<IntGraphType>>("mediatorCount")
            .Description("Mediators serving on asOf (default today).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx => ctx.ActiveAppointments(ctx.Source.Id, ctx.AsOf()).Then(a => a.Select(x => x.MediatorId).Distinct().Count()));
        Field<NonNullGraphType<IntGraphType>>("fullTimeMediatorCount")
            .Description("Full-time (专职) mediators serving on asOf (default today).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx => ctx.ActiveAppointments(ctx.Source.Id, ctx.AsOf())
                .Then(a => a.Where(x => x.Employment == Employment.FullTime).Select(x => x.MediatorId).Distinct().Count()));
        this.AddCaseStats();
    }
}
