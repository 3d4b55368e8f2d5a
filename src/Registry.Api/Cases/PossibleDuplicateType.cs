using System.Buffers.Text;
using System.Text;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Loading;
using Registry.Data.Querying;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

public sealed class PossibleDuplicateType : ObjectGraphType<PossibleDuplicate>
{
    public PossibleDuplicateType()
    {
        Name = "PossibleDuplicateCase";
        Description = "Two cases with the same set of parties and category, received within 90 days of each other, in different committees: a dispute is paid once.";
        Field<NonNullGraphType<MediationCaseType>>("caseA").Description("The one imported first.").Resolve(ctx => ctx.LoadById<MediationCase>(ctx.Source.CaseAId));
        Field<NonNullGraphType<MediationCaseType>>("caseB").Resolve(ctx => ctx.LoadById<MediationCase>(ctx.Source.CaseBId));
        Field(d => d.DaysApart).Description("Days between the two received dates.");
        Field(d => d.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>));
    }
}
