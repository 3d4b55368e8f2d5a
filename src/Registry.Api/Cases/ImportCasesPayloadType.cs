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
