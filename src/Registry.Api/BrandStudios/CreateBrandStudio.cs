using Registry.Domain.Access;
using Registry.Api.Access;
using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Api.Schema.Scalars;
using Registry.Domain.BrandStudios;
using Registry.Domain.Disputes;

namespace Registry.Api.BrandStudios;

public sealed class CreateBrandStudioInputType : InputObjectGraphType
{
    public CreateBrandStudioInputType()
    {
        Name = "CreateBrandStudioInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<EnumerationGraphType<BrandStudioKind>>>("kind");
        Field<NonNullGraphType<IdGraphType>>("hostCommitteeId").Description("The hosting committee, or the mediation centre it is stationed in.");
        Field<IdGraphType>("leadMediatorId").Description("Required for PERSONAL studios: the mediator it is named after.");
        Field<NonNullGraphType<EnumerationGraphType<NamingLevel>>>("namingLevel");
        Field<NonNullGraphType<CalendarDateGraphType>>("namedOn");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DisputeCategory>>>>("specialities");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("memberIds");
    }
}

public sealed class CreateBrandStudioPayloadType() : PayloadType<BrandStudioType, BrandStudio>("CreateBrandStudioPayload", "brandStudio");

public sealed class BrandStudioMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateBrandStudioPayloadType>>("createBrandStudio").Requires(Permission.ManageRoster)
            .Description("Records a named brand studio.")
            .Argument<NonNullGraphType<CreateBrandStudioInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var host = await db.FindCommitteeAsync(input.Get<string?>("hostCommitteeId", null), ct, "hostCommitteeId");
                ctx.Caller().RequireCovers(host.RegionCode, "hostCommitteeId");
                long? lead = input.Get<string?>("leadMediatorId", null) is { } leadId
                    ? (await db.FindMediatorAsync(leadId, ct, "leadMediatorId")).Id : null;
                var memberIds = new List<long>();
                foreach (var (id, i) in (input.GetList<string>("memberIds") ?? []).Select((id, i) => (id, i)))
                    memberIds.Add((await db.FindMediatorAsync(id, ct, $"memberIds.{i}")).Id);
                var studio = BrandStudio.Create(input.Get<string?>("name", null), input.Get("kind", BrandStudioKind.Featured), host, lead,
                    input.Get("namingLevel", NamingLevel.County), input.Get("namedOn", DateOnly.MinValue),
                    input.GetList<DisputeCategory>("specialities") ?? [], memberIds);
                db.BrandStudios.Add(studio);
                return studio;
            }));
}
