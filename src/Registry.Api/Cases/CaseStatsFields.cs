using Registry.Domain.Cases;

namespace Registry.Api.Cases;

/// <summary>The case figures of a period; which cases count and how ratios are defined is on <c>CaseStats</c>'s description.</summary>
public static class CaseStatsFields
{
    public const string Definition =
        "Cases CLOSED within [from, to] (both included). agreementRate = (written + oral agreements) / decided cases, where decided = " +
        "closed minus WITHDRAWN and REFERRED; oralAgreementShare = oral / all agreements; averageDaysToClose = mean of closedOn − receivedOn. " +
        "A ratio with nothing to divide by is null. enteredLate: entered more than the recording policy's limit (default 30 days) after closing.";

    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, CaseCounts> counts)
    {
        type.Field<NonNullGraphType<IntGraphType>>("cases").Description("Cases closed in the period.").Resolve(ctx => counts(ctx.Source).Closed);
        type.Field<NonNullGraphType<IntGraphType>>("writtenAgreements").Resolve(ctx => counts(ctx.Source).WrittenAgreements);
        type.Field<NonNullGraphType<IntGraphType>>("oralAgreements").Resolve(ctx => counts(ctx.Source).OralAgreements);
        type.Field<NonNullGraphType<IntGraphType>>("failed").Resolve(ctx => counts(ctx.Source).Failed);
        type.Field<NonNullGraphType<IntGraphType>>("referred").Resolve(ctx => counts(ctx.Source).Referred);
        type.Field<NonNullGraphType<IntGraphType>>("withdrawn").Resolve(ctx => counts(ctx.Source).Withdrawn);
        type.Field<NonNullGraphType<IntGraphType>>("decided").Description("Closed minus WITHDRAWN and REFERRED: the agreement rate's denominator.")
            .Resolve(ctx => counts(ctx.Source).Decided);
        type.Field<FloatGraphType>("agreementRate").Description("(written + oral) / decided, 0–1; null when nothing was decided.")
            .Resolve(ctx => counts(ctx.Source).AgreementRate);
        type.Field<FloatGraphType>("oralAgreementShare").Description("oral / (written + oral), 0–1; null without agreements.")
            .Resolve(ctx => counts(ctx.Source).OralAgreementShare);
        type.Field<NonNullGraphType<IntGraphType>>("turnedCriminal").Description("Cases that turned criminal (民转刑).")
            .Resolve(ctx => counts(ctx.Source).TurnedCriminal);
        type.Field<FloatGraphType>("averageDaysToClose").Description("Mean days from received to closed; null without cases.")
            .Resolve(ctx => counts(ctx.Source).AverageDaysToClose);
        type.Field<NonNullGraphType<IntGraphType>>("enteredLate").Description("Entered more than the policy's limit after closing (应录必录).")
            .Resolve(ctx => counts(ctx.Source).EnteredLate);
        type.Field<NonNullGraphType<IntGraphType>>("followedUp").Description("Cases with a follow-up visit (回访).")
            .Resolve(ctx => counts(ctx.Source).FollowedUp);
    }
}
