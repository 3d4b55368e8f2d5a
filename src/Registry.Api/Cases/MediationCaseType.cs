using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Disputes;
using Registry.Domain.Mediators;

namespace Registry.Api.Cases;

public sealed class MediationCaseType : ObjectGraphType<MediationCase>
{
    public MediationCaseType()
    {
        Name = "Case";
        Description = "A mediated case (调解案件) imported from a source platform. Parties are kept only as keyed hashes and are never returned.";
        this.IsNode("Case");
        Field(c => c.SourcePlatform);
        Field(c => c.ExternalNumber).Description("The case number on the source platform; unique per platform.");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(c => c.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>));
        Field(c => c.Difficulty, type: typeof(NonNullGraphType<CaseDifficultyType>));
        Field<NonNullGraphType<MediatorType>>("leadMediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.LeadMediatorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediatorType>>>>("coMediators")
            .Resolve(ctx => ctx.LoadGrouped<long, CoMediatorRow>("Case.CoMediators", ctx.Source.Id,
                    (db, ids) => db.Set<CaseCoMediator>().Where(l => ids.Contains(l.CaseId))
                        .Join(db.Mediators, l => l.MediatorId, m => m.Id, (l, m) => new CoMediatorRow(l.CaseId, m)),
                    r => r.CaseId)
                .Then(rows => rows.Select(r => r.Mediator).OrderBy(m => m.Id).ToList()));
        Field(c => c.ReceivedOn, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(c => c.ClosedOn, type: typeof(CalendarDateGraphType));
        Field(c => c.Outcome, type: typeof(CaseOutcomeType)).Description("Null while the case is open.");
        Field(c => c.FollowUpOn, type: typeof(CalendarDateGraphType)).Description("The follow-up visit (回访).");
        Field(c => c.AgreementFulfilled, nullable: true).Description("Whether the agreement was carried out; null when unknown or not an agreement.");
        Field(c => c.TurnedCriminal).Description("The dispute turned into a criminal case (民转刑).");
        Field(c => c.EnteredOn, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The day it was entered on the source platform (录入).");
        Field(c => c.EnteredLate).Description("Entered more than the recording policy's limit after closing (default 30 days).");
        Field(c => c.DaysToClose, nullable: true).Description("Days from received to closed; null while open.");
        Field<NonNullGraphType<IntGraphType>>("partyCount").Description("How many parties the platform named (their ID numbers are not kept).")
            .Resolve(ctx => ctx.LoadGrouped<long, CaseParty>("Case.Parties", ctx.Source.Id,
                (db, ids) => db.Set<CaseParty>().Where(p => ids.Contains(p.CaseId)), p => p.CaseId).Then(list => list.Count));
    }
}

internal sealed record CoMediatorRow(long CaseId, Mediator Mediator);
