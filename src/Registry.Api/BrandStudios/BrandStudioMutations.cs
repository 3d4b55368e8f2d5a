using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.BrandStudios;

public sealed class BrandStudioMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateBrandStudioPayloadType>>("createBrandStudio").Requires(Permission.ManageRoster)
            .Description("Records a named brand studio.")
            .Argument<NonNullGraphType<CreateBrandStudioInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<CreateBrandStudio>(), ctx.Input<CreateBrandStudioInput>()));
}
