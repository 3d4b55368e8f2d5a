using GraphQL.DataLoader;
using Registry.Api.Cases;
using Registry.Api.Committees;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Disputes;
using Registry.Domain.Screening;

using Registry.Domain.Committees;

using Registry.Domain.Cases;
namespace Registry.Api.Screening;

public sealed class RiskItemType : ObjectGraphType<RiskItem>
{
    public RiskItemType()
    {
        Name = "RiskItem";
        Description = "A line of the ledger (台账): a dispute or hidden risk found in a round, tracked until closed (建账销号).";
        this.IsNode("RiskItem");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field<NonNullGraphType<ScreeningRoundType>>("round").Resolve(ctx => ctx.LoadById<ScreeningRound>(ctx.Source.RoundId));
        Field(i => i.RegionCode);
        Field(i => i.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>));
        Field<NonNullGraphType<EnumerationGraphType<RiskLevel>>>("riskLevel").Resolve(ctx => ctx.Source.Level);
        Field(i => i.Summary);
        Field(i => i.Parties, nullable: true);
        Field(i => i.FoundOn);
        Field(i => i.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RiskStatus>>));
        Field(i => i.StatusOn).Description("The day of the last status change.");
        Field<NonNullGraphType<BooleanGraphType>>("closed").Description("RESOLVED or REFERRED.").Resolve(ctx => ctx.Source.IsClosed);
        Field<NonNullGraphType<IntGraphType>>("ageInDays")
            .Description("Days since found: to today while open, to the closing day once closed.")
            .Resolve(ctx => ctx.Source.AgeInDays(ctx.Today()));
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("HIGH or MAJOR, still open, and older than the seriousRiskLimitDays of the policy governing its region today.")
            .Resolve(ctx => AllPolicies(ctx).Then(policies =>
                ctx.Source.IsOverdue(ctx.Today(), ScreeningPolicyResolver.LimitPolicy(policies, ctx.Source.RegionCode, ctx.Today())?.SeriousRiskLimitDays)));
        Field<MediationCaseType>("case").Description("The case the item became, once linked.")
            .Resolve(ctx => ctx.Source.CaseId is { } id ? ctx.LoadById<MediationCase>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskStatusChangeType>>>>("history")
            .Description("Every status, oldest first; the first is OPEN on the day found.")
            .Resolve(ctx => ctx.Source.History);
    }

    /// <summary>Every screening policy, loaded once per request however many items ask (policies are few).</summary>
    private static IDataLoaderResult<List<ScreeningPolicy>> AllPolicies(IResolveFieldContext ctx) =>
        ctx.LoadGrouped("ScreeningPolicies.All", 0, (db, _) => db.ScreeningPolicies.AsNoTracking(), _ => 0);
}
