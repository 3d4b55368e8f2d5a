using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class ExpertType : ObjectGraphType<Expert>
{
    public ExpertType()
    {
        Name = "Expert";
        Description = "A member of an expert pool for a term; consulted on hard cases (咨询指导、联合会诊).";
        this.IsNode("Expert");
        Field(e => e.Name);
        Field(e => e.Discipline, type: typeof(NonNullGraphType<EnumerationGraphType<ExpertDiscipline>>));
        Field(e => e.Profession, type: typeof(NonNullGraphType<EnumerationGraphType<ExpertProfession>>));
        Field(e => e.Organisation, nullable: true);
        Field(e => e.TermStart);
        Field(e => e.TermEnd, nullable: true);
        Field<NonNullGraphType<ExpertPoolType>>("pool").Resolve(ctx => ctx.LoadById<ExpertPool>(ctx.Source.ExpertPoolId));
    }
}
