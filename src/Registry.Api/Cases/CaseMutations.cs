using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema;
using Registry.Domain.Access;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Mutations;

namespace Registry.Api.Cases;

public sealed class ImportCasesPayloadType : ObjectGraphType<Payload<CaseImportResult>>
{
    public ImportCasesPayloadType()
    {
        Name = "ImportCasesPayload";
        Field<IntGraphType>("created").Description("Rows that made new cases; null when the import was refused.").Resolve(ctx => ctx.Source.Result?.Created);
        Field<IntGraphType>("updated").Description("Rows that updated a case already imported; null when refused.").Resolve(ctx => ctx.Source.Result?.Updated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Every rejected row's errors, field [\"cases\", \"<index>\", \"<field>\"]; when not empty nothing was written.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}

public sealed class CaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportCasesPayloadType>>("importCases")
            .Description($"Imports up to {CaseImporter.MaxRows} cases from one platform. ALL OR NOTHING: if any row is rejected, nothing " +
                         "is written and userErrors lists every bad row (field [\"cases\", index, field]). A (sourcePlatform, externalNumber) " +
                         "already stored is updated, not duplicated, so a batch can be sent again safely.")
            .Requires(Permission.ImportCases)
            .Argument<NonNullGraphType<ImportCasesInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = ctx.GetArgument<ImportCasesInput>("input");
                var caller = ctx.Caller();
                return await ctx.Service<CaseImporter>().ImportAsync(db, input.SourcePlatform, input.Cases ?? [], ct, covers: caller.Covers);
            }, summarize: result => new AuditSummary("CaseImport", caller => caller.Jurisdiction, result)));
}
