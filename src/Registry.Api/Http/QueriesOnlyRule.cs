using GraphQL.Validation;
using GraphQLParser.AST;

namespace Registry.Api.Http;

/// <summary>Refuses a mutation that arrives by GET, which the endpoint turns into 405 Method Not Allowed.</summary>
public sealed class QueriesOnlyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationByGetError(context));
        return default;
    }

    public sealed class MutationByGetError : ValidationError
    {
        public MutationByGetError(ValidationContext context)
            : base(context.Document.Source, "METHOD_NOT_ALLOWED", "Only queries may be sent with GET; send mutations with POST.") =>
            Code = "METHOD_NOT_ALLOWED";
    }
}
