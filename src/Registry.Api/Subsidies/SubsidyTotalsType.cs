using Registry.Data.Reports.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyTotalsType : ObjectGraphType<SubsidyTotals>
{
    public SubsidyTotalsType()
    {
        Name = "SubsidyTotals";
        Description = "Sums of lines, in whole fen: always exactly the sum of the lines they cover.";
        AddTo(this);
    }

    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, SubsidyTotals>? of = null)
    {
        of ??= t => (SubsidyTotals)(object)t!;
        type.Field<NonNullGraphType<LongGraphType>>("amount").Description("Fen payable, after the monthly cap.").Resolve(ctx => of(ctx.Source).Amount);
        type.Field<NonNullGraphType<LongGraphType>>("amountBeforeCap").Description("Fen before the monthly cap.").Resolve(ctx => of(ctx.Source).AmountBeforeCap);
        type.Field<NonNullGraphType<IntGraphType>>("lines").Resolve(ctx => of(ctx.Source).Lines);
        type.Field<NonNullGraphType<IntGraphType>>("payableLines").Description("Lines paying more than 0 fen.").Resolve(ctx => of(ctx.Source).PayableLines);
        type.Field<NonNullGraphType<IntGraphType>>("cases").Resolve(ctx => of(ctx.Source).Cases);
    }
}
