using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Cases;

public sealed class CaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportCasesPayloadType>>("importCases")
            .Description($"Imports up to {CaseImporter.MaxRows} cases from one platform. ALL OR NOTHING: if any row is rejected, nothing " +
                         "is written and userErrors lists every bad row (field [\"cases\", index, field]). A (sourcePlatform, externalNumber) " +
                         "already stored is updated, not duplicated, so a batch can be sent again safely.")
            .Requires(Permission.ImportCases)
            .Argument<NonNullGraphType<ImportCasesInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<ImportCases>(), ctx.Input<ImportCasesInput>()));
}
