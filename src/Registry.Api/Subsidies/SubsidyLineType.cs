using Registry.Api.Cases;
using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Schema.Loading;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyLineType : ObjectGraphType<SubsidyLineRow>
{
    public SubsidyLineType()
    {
        Name = "SubsidyLine";
        Description = "One case and mediator: the share, the amount and the rule that produced it, or the reason it pays nothing. " +
                      "Rounding, the only one: each co-mediator's share is ⌊A × (100 − lead%) / (100 × k)⌋ fen of the case amount A and " +
                      "the lead takes the rest (shares sum to A exactly); a line is share × coefficient × percent rounded half up to " +
                      "the fen; the monthly cap then pays what is left of it. Totals are sums of lines.";
        Field<NonNullGraphType<MediationCaseType>>("case").Resolve(ctx => ctx.LoadById<MediationCase>(ctx.Source.CaseId));
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(l => l.IsLead).Description("The lead mediator's line (主办), else a co-mediator's.");
        Field(l => l.ExternalNumber).Description("The case number on its source platform.");
        Field(l => l.ClosedOn);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("The line's fraction of the case amount (1 for a mediator alone).")
            .Resolve(ctx => (double)ctx.Source.ShareNumerator / ctx.Source.ShareDenominator);
        Field(l => l.BaseFen, type: typeof(NonNullGraphType<LongGraphType>)).Description("The share in whole fen, before coefficient and percent.");
        Field(l => l.LevelName, nullable: true).Description("The mediator's grade on the closing date; null when ungraded.");
        Field<NonNullGraphType<FloatGraphType>>("coefficient").Resolve(ctx => ctx.Source.CoefficientPermille / 1000.0);
        Field(l => l.PersonPercent).Description("What the policy pays this mediator, in percent (civil servants, full-time staff).");
        Field(l => l.LeadCertified).Description("Whether the lead held a valid certificate on the closing date.");
        Field(l => l.AmountBeforeCap, type: typeof(NonNullGraphType<LongGraphType>));
        Field(l => l.Amount, type: typeof(NonNullGraphType<LongGraphType>)).Description("Fen this line pays.");
        Field<NonNullGraphType<SubsidyReasonType>>("reason").Resolve(ctx => ctx.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("rule")
            .Description("The rule that produced the amount, or why it is 0, in words: Chinese for a caller whose Accept-Language asks for zh-CN, else English.")
            .Resolve(ctx => SubsidyRuleText.Describe(ctx.Source, ctx.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Request is { } request
                                                                 && Localization.MessageLanguage.PrefersChinese(request)));
        Field<SubsidyPolicyType>("policy").Resolve(ctx => ctx.Source.PolicyId is { } id ? ctx.LoadById<SubsidyPolicy>(id) : null);
    }
}
