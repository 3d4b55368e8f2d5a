using Registry.Domain.Access;
using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CommitteeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateCommitteePayloadType>>("createCommittee").Requires(Permission.ManageRoster)
            .Description("Registers a committee.")
            .Argument<NonNullGraphType<CreateCommitteeInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = ctx.GetArgument<CreateCommitteeInput>("input");
                var committee = Committee.Create(input.ToDetails(), ctx.Today());
                await db.RequireRegionAsync(committee.RegionCode, "regionCode", ct);
                ctx.Caller().RequireCovers(committee.RegionCode, "regionCode");
                db.Committees.Add(committee);
                return committee;
            }));

        mutation.Field<NonNullGraphType<UpdateCommitteePayloadType>>("updateCommittee").Requires(Permission.ManageRoster)
            .Description("Changes a committee's details; omitted fields keep their values.")
            .Argument<NonNullGraphType<UpdateCommitteeInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var committee = await db.FindCommitteeAsync(input.Get<string?>("committeeId", null), ct);
                ctx.Caller().RequireCovers(committee.RegionCode, "committeeId");
                VersionCheck.Expect(committee, input.Get<int?>("version", null));
                var details = new CommitteeDetails(
                    input.Get("name", committee.Name),
                    input.Get("kind", committee.Kind),
                    input.Get("regionCode", committee.RegionCode),
                    input.Get("establishedOn", committee.EstablishedOn),
                    input.Get("sector", committee.Sector),
                    input.Get("hostInstitution", committee.HostInstitution),
                    input.Get("hasFullTimeConditions", committee.HasFullTimeConditions),
                    input.Get("hasPartyOrganisation", committee.HasPartyOrganisation),
                    input.Has("uniformities") ? Flags.Combine(input.GetList<Uniformity>("uniformities")) : committee.Uniformities,
                    input.Has("implementations") ? Flags.Combine(input.GetList<Implementation>("implementations")) : committee.Implementations,
                    input.Get("starRating", committee.StarRating),
                    input.Get("address", committee.Address));
                if (input.Has("regionCode"))
                {
                    await db.RequireRegionAsync(details.RegionCode, "regionCode", ct);
                    ctx.Caller().RequireCovers(details.RegionCode!, "regionCode");
                }
                committee.Update(details, ctx.Today());
                return committee;
            }));

        mutation.Field<NonNullGraphType<DissolveCommitteePayloadType>>("dissolveCommittee").Requires(Permission.ManageRoster)
            .Description("Dissolves a committee (it is never deleted) and ends its open appointments on the same day.")
            .Argument<NonNullGraphType<DissolveCommitteeInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var committee = await db.FindCommitteeAsync(input.Get<string?>("committeeId", null), ct);
                ctx.Caller().RequireCovers(committee.RegionCode, "committeeId");
                VersionCheck.Expect(committee, input.Get<int?>("version", null));
                var dissolvedOn = input.Get("dissolvedOn", DateOnly.MinValue);
                committee.Dissolve(dissolvedOn);
                await CommitteeDissolution.EndAppointmentsAsync(db, committee, ct);
                return committee;
            }));
    }
}
