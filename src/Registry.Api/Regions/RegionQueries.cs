using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Domain.Regions;

namespace Registry.Api.Regions;

public sealed class RegionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<RegionType>("region").Public()
            .Description("An administrative division by code, with its parent and children; null if no division has that code.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code").Trim();
                if (!RegionCode.IsWellFormed(code))
                    throw new InputError("code", ErrorCodes.Invalid, $"'{code}' is not a region code: it must have 2, 4, 6, 9 or 12 digits.");
                var region = await ctx.Db().Regions.FindAsync([code], ctx.CancellationToken);
                if (region is null) ctx.Errors.Add(new InputError("code", ErrorCodes.NotFound, $"There is no region with code '{code}'."));
                return region;
            });
}
