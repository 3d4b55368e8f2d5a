using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Registry.Api.Hosting;

namespace Registry.Api.Http;

/// <summary>Refuses documents that select more fields than allowed, e.g. 1,000 aliases of one field.</summary>
public sealed class FieldSelectionLimitRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = context.RequestServices?.GetService<IOptions<LimitOptions>>()?.Value.MaxFieldSelections ?? 500;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            if (++count == max + 1)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "TOO_MANY_FIELDS",
                    $"The query selects more than {max} fields (aliases included); split it into smaller queries.", node) { Code = "TOO_MANY_FIELDS" });
        }));
    }
}
