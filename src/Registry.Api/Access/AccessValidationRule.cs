using GraphQL.Validation;
using GraphQLParser.AST;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>
/// Refuses, before execution, any field the caller may not select: writes without a token, non-public queries without
/// a token, and fields whose permission the caller's role lacks. Jurisdiction is checked later, against the data.
/// </summary>
public sealed class AccessValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = Caller.From(context.User); // once per document, not once per field
        return new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            var field = ctx.TypeInfo.GetFieldDef();
            var parent = ctx.TypeInfo.GetParentType();
            if (field is null || parent is null || field.Name.StartsWith("__")) return;
            var isMutation = ctx.Schema.Mutation is { } m && ReferenceEquals(parent, m);
            var isQueryRoot = ReferenceEquals(parent, ctx.Schema.Query);
            var permission = field.GetMetadata<Permission?>(FieldAccess.PermissionKey);

            if (isMutation && !caller.IsSignedIn)
                Report(ctx, node, "UNAUTHENTICATED", $"{field.Name} changes the registry: send a bearer token.");
            else if (isMutation && permission is null)
                Report(ctx, node, "FORBIDDEN", $"{field.Name} has no permission defined, so nobody may call it.");
            else if (isQueryRoot && !caller.IsSignedIn && !field.GetMetadata(FieldAccess.PublicKey, false))
                Report(ctx, node, "UNAUTHENTICATED", $"{field.Name} is not part of the public directory: send a bearer token.");
            else if (permission is { } p && AccessRules.WhyNot(caller.Role, caller.Jurisdiction, p) is { } refusal)
                Report(ctx, node, refusal.Code, $"{field.Name}: {refusal.Message}");
        }));
    }

    private static void Report(ValidationContext context, GraphQLField node, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, code, message, node) { Code = code });
}
