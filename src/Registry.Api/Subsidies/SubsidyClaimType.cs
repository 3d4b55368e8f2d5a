using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyClaimType : ObjectGraphType<SubsidyClaim>
{
    public SubsidyClaimType()
    {
        Name = "SubsidyClaim";
        Description = "A claim (补贴申领) for a region's per-case subsidies over a period, its lines frozen when it was created: later " +
                      "changes to the roster, grades, certificates or cases never change it.";
        this.IsNode("SubsidyClaim");
        Field(c => c.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadRegion(ctx.Source.RegionCode));
        Field(c => c.From);
        Field(c => c.To);
        Field<NonNullGraphType<ClaimStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("Fen: the sum of the frozen lines.").Resolve(ctx => ctx.Source.AmountFen);
        Field(c => c.LineCount);
        Field(c => c.PayableLineCount);
        Field(c => c.CreatedBy);
        Field(c => c.SubmittedBy, nullable: true);
        Field(c => c.PaidOn, nullable: true);
        Field(c => c.PaymentReference, nullable: true);
        Field(c => c.Version).Description("Bumped by every status change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubsidyClaimEventType>>>>("history")
            .Description("Every step, oldest first (at most five).").Resolve(ctx => ctx.Source.History.OrderBy(e => e.Sequence));
        Field<NonNullGraphType<ConnectionType<SubsidyLineType, SubsidyLineRow>>>("lines")
            .Description("The frozen lines, by case then mediator.")
            .Argument<BooleanGraphType>("payable", "true: lines paying more than 0; false: lines paying nothing; omit for all.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var request = PageRequest.From(ctx);
                var rows = await ClaimLines.PageAsync(ctx.Db(), ctx.Source.Id, ctx.GetArgument<bool?>("payable"), request.After, request.First + 1, ctx.CancellationToken);
                return SubsidyStatementType.ToPage(rows, request, r => r.LineKey,
                    token => ClaimLines.CountAsync(ctx.Db(), ctx.Source.Id, ctx.GetArgument<bool?>("payable"), token));
            });
    }
}
