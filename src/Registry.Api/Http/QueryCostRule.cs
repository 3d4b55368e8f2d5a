using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Registry.Api.Hosting;

namespace Registry.Api.Http;

/// <summary>
/// Prices the operation and refuses it when it is too complex or too deep, before anything runs. Replaces GraphQL.NET's
/// complexity analyser, which walks every fragment spread again (a document of fragments that each spread the previous
/// one twice costs it 2^n steps): here each fragment is priced once and the price reused wherever it is spread, so the
/// work grows with the document's size, not with what it would expand to. The price is an upper bound: a fragment spread
/// twice into one selection counts twice although the fields merge.
/// </summary>
public sealed class QueryCostRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is null) return default;
        var limits = context.RequestServices?.GetService<IOptions<LimitOptions>>()?.Value ?? new LimitOptions();
        var price = new QueryPricing(context).Of(context.Operation);
        if (context.RequestServices?.GetService<RequestCost>() is { } cost)
        {
            cost.Complexity = price.Cost;
            cost.Depth = price.Depth;
        }
        if (price.Depth > GraphQLRegistration.MaxDepth)
            Report(context, "QUERY_TOO_DEEP",
                $"The query is {price.Depth} levels deep; the maximum depth is {GraphQLRegistration.MaxDepth}.");
        else if (price.Cost > limits.MaxComplexity)
            Report(context, "QUERY_TOO_COMPLEX",
                $"The query's complexity is {Shown(price.Cost)}, over the maximum complexity of {limits.MaxComplexity}; ask for smaller pages or fewer nested lists.");
        return default;
    }

    private static string Shown(double cost) => cost < 1e15 ? cost.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "beyond counting";

    private static void Report(ValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, code, message, context.Operation) { Code = code });
}
