using Registry.Domain.Access;
using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Api.Schema.Scalars;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class CreateExpertPoolInputType : InputObjectGraphType
{
    public CreateExpertPoolInputType()
    {
        Name = "CreateExpertPoolInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("A prefecture (4 digits) or county (6 digits).");
        Field<NonNullGraphType<CalendarDateGraphType>>("establishedOn");
    }
}

public sealed class AddExpertInputType : InputObjectGraphType
{
    public AddExpertInputType()
    {
        Name = "AddExpertInput";
        Field<NonNullGraphType<IdGraphType>>("expertPoolId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<EnumerationGraphType<ExpertDiscipline>>>("discipline");
        Field<NonNullGraphType<EnumerationGraphType<ExpertProfession>>>("profession");
        Field<StringGraphType>("organisation");
        Field<NonNullGraphType<CalendarDateGraphType>>("termStart");
        Field<CalendarDateGraphType>("termEnd");
    }
}

public sealed class CreateExpertPoolPayloadType() : PayloadType<ExpertPoolType, ExpertPool>("CreateExpertPoolPayload", "expertPool");

public sealed class AddExpertPayloadType() : PayloadType<ExpertType, Expert>("AddExpertPayload", "expert");

public sealed class ExpertPoolMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateExpertPoolPayloadType>>("createExpertPool").Requires(Permission.ManageRoster)
            .Description("Creates the expert pool (调解专家库) of a prefecture or county.")
            .Argument<NonNullGraphType<CreateExpertPoolInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var pool = ExpertPool.Create(input.Get<string?>("name", null), input.Get<string?>("regionCode", null)?.Trim(),
                    input.Get("establishedOn", DateOnly.MinValue));
                await db.RequireRegionAsync(pool.RegionCode, "regionCode", ct);
                ctx.Caller().RequireCovers(pool.RegionCode, "regionCode");
                db.ExpertPools.Add(pool);
                return pool;
            }));

        mutation.Field<NonNullGraphType<AddExpertPayloadType>>("addExpert").Requires(Permission.ManageRoster)
            .Description("Adds an expert to a pool for a term.")
            .Argument<NonNullGraphType<AddExpertInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var pool = await db.FindByGlobalIdAsync<ExpertPool>(input.Get<string?>("expertPoolId", null), "ExpertPool", "expertPoolId", ct);
                ctx.Caller().RequireCovers(pool.RegionCode, "expertPoolId");
                var expert = Expert.Add(pool, input.Get<string?>("name", null), input.Get("discipline", ExpertDiscipline.Law),
                    input.Get("profession", ExpertProfession.Other), input.Get<string?>("organisation", null),
                    input.Get("termStart", DateOnly.MinValue), input.Get<DateOnly?>("termEnd", null));
                db.Experts.Add(expert);
                return expert;
            }));
    }
}
