using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Registry.Api.Cases;
using Registry.Api.Hosting;

namespace Registry.Api.Http;

/// <summary>
/// Refuses, before anything runs, argument values no resolver should see, written in the document or sent as a variable
/// (at any depth inside an input):
/// <list type="bullet">
/// <item>a list longer than <c>Limits:MaxListLength</c>: 40,000 <c>kinds</c> or 35,000 <c>coMediatorIds</c> would
/// otherwise reach the database as that many bound parameters, past SQLite's limit. The one longer list is the
/// documented batch of <c>importCases</c> (<see cref="CaseImporter.MaxRows"/> rows), known by its item type;</item>
/// <item>text holding NUL (U+0000): PostgreSQL cannot take it even as a query parameter, so a search or an external
/// number with one would fail in the database instead of being refused by name.</item>
/// </list>
/// </summary>
public sealed class ArgumentValuesRule : ValidationRuleBase
{
    /// <summary>Lists of these input types may hold more than the general limit: as many as the value says.</summary>
    private static readonly Dictionary<string, int> Batches = new() { ["CaseImportRow"] = CaseImporter.MaxRows };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new LiteralLists(MaxOf(context)));

    public override ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        new(new VariableLists(MaxOf(context)));

    private static int MaxOf(ValidationContext context) =>
        context.RequestServices?.GetService<IOptions<LimitOptions>>()?.Value.MaxListLength ?? new LimitOptions().MaxListLength;

    private static int LimitFor(IGraphType? listType, int general) =>
        listType?.GetNamedType() is { } item && Batches.TryGetValue(item.Name, out var batch) ? batch : general;

    private static ValidationError NulError(ValidationContext context, string name, ASTNode node) =>
        new(context.Document.Source, "INVALID_TEXT", $"{name}: the text holds the NUL character (U+0000), which no text in the registry may hold.", node)
            { Code = "INVALID_TEXT" };

    private static ValidationError Error(ValidationContext context, string name, int count, int limit, ASTNode node) =>
        new(context.Document.Source, "LIST_TOO_LONG",
            $"{name}: a list may hold at most {limit} items; this one holds {count}. Split the request.", node) { Code = "LIST_TOO_LONG" };

    /// <summary>Lists and strings written in the document, named by argument and input field (e.g. <c>input.cases.coMediatorIds</c>).</summary>
    private sealed class LiteralLists(int max) : INodeVisitor
    {
        private readonly Stack<string> names = new();

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLArgument argument:
                    names.Push(argument.Name.StringValue);
                    break;
                case GraphQLObjectField field:
                    names.Push(field.Name.StringValue);
                    break;
                case GraphQLStringValue text when text.Value.Span.Contains('\0'):
                    context.ReportError(NulError(context, string.Join('.', names.Reverse()), text));
                    break;
                case GraphQLListValue list:
                    var limit = LimitFor(context.TypeInfo.GetInputType(), max);
                    if (list.Values?.Count > limit)
                        context.ReportError(Error(context, string.Join('.', names.Reverse()), list.Values.Count, limit, list));
                    break;
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLArgument or GraphQLObjectField && names.Count > 0) names.Pop();
            return default;
        }
    }

    /// <summary>Lists and strings sent as variables, at any depth inside them (e.g. <c>$input.cases[3].coMediatorIds</c>).</summary>
    private sealed class VariableLists(int max) : IVariableVisitor
    {
        public ValueTask VisitListAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName,
            ListGraphType type, object? variableValue, IList<object?>? parsedValue)
        {
            var limit = LimitFor(type, max);
            if (parsedValue?.Count > limit)
                context.ReportError(Error(context, "$" + variableName, parsedValue.Count, limit, variable));
            return default;
        }

        public ValueTask VisitScalarAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName,
            ScalarGraphType type, object? variableValue, object? parsedValue)
        {
            if (parsedValue is string text && text.Contains('\0')) context.ReportError(NulError(context, "$" + variableName, variable));
            return default;
        }

        public ValueTask VisitObjectAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName,
            IInputObjectGraphType type, object? variableValue, object? parsedValue) => default;

        public ValueTask VisitFieldAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName,
            IInputObjectGraphType type, FieldType field, object? variableValue, object? parsedValue) => default;
    }
}
