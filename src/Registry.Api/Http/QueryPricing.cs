using GraphQL.Validation;
using GraphQLParser.AST;
using Registry.Api.Hosting;
using Registry.Api.Schema.Paging;

namespace Registry.Api.Http;

/// <summary>What an operation costs and how deep it goes.</summary>
public readonly record struct QueryPrice(double Cost, int Depth);

/// <summary>
/// Prices one operation: each field costs 1; a field with <c>first</c> multiplies its selection by <c>first</c> (the
/// default page size when absent, at most the largest page); any other list multiplies it by
/// <see cref="GraphQLRegistration.PlainListSize"/>, except a connection's own <c>nodes</c> and <c>edges</c>, which the
/// connection's <c>first</c> has priced already. Each fragment definition is priced once and remembered, so a spread
/// costs a dictionary look-up, never a walk of the fragment again; a fragment that spreads itself (refused by the core
/// rules anyway) counts as nothing.
/// </summary>
internal sealed class QueryPricing(ValidationContext context)
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> definitions = context.Document.Definitions
        .OfType<GraphQLFragmentDefinition>().GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<string, QueryPrice> fragments = [];
    private readonly HashSet<string> pricing = [];
    private int steps;

    public QueryPrice Of(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        return root is null ? default : Selections(operation.SelectionSet, root);
    }

    private QueryPrice Selections(GraphQLSelectionSet? set, IGraphType parent)
    {
        if (set is null) return default;
        double cost = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            // Linear work, but a request whose client has gone or whose time is up stops here too.
            if (++steps % 1024 == 0) context.CancellationToken.ThrowIfCancellationRequested();
            var price = selection switch
            {
                GraphQLField field when context.ShouldIncludeNode(field) => Field(field, parent),
                GraphQLInlineFragment inline when context.ShouldIncludeNode(inline) =>
                    Selections(inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name.StringValue) ?? parent),
                GraphQLFragmentSpread spread when context.ShouldIncludeNode(spread) => Fragment(spread.FragmentName.Name.StringValue),
                _ => default,
            };
            cost += price.Cost;
            depth = Math.Max(depth, price.Depth);
        }
        return new QueryPrice(cost, depth);
    }

    private QueryPrice Fragment(string name)
    {
        if (fragments.TryGetValue(name, out var known)) return known;
        if (!definitions.TryGetValue(name, out var definition) || !pricing.Add(name)) return default;
        var price = TypeNamed(definition.TypeCondition.Type.Name.StringValue) is { } type ? Selections(definition.SelectionSet, type) : default;
        pricing.Remove(name);
        fragments[name] = price;
        return price;
    }

    private QueryPrice Field(GraphQLField field, IGraphType parent)
    {
        if (field.SelectionSet is null) return new QueryPrice(1, 1);
        var definition = FieldOf(parent, field.Name.StringValue);
        if (definition?.ResolvedType is not { } type) return new QueryPrice(1, 1);
        var inner = Selections(field.SelectionSet, type.GetNamedType());
        return new QueryPrice(1 + Multiplier(field, definition, parent) * inner.Cost, 1 + inner.Depth);
    }

    private double Multiplier(GraphQLField field, FieldType definition, IGraphType parent)
    {
        if (definition.Arguments?.Find("first") is not null)
        {
            var first = context.ArgumentValues is { } values && values.TryGetValue(field, out var arguments)
                        && arguments.TryGetValue("first", out var value) && value.Value is int given
                ? given
                : PageRequest.DefaultSize;
            return Math.Clamp(first, 0, PageRequest.MaxSize);
        }
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        if (type is not ListGraphType) return 1;
        return parent.Name.EndsWith("Connection", StringComparison.Ordinal) ? 1 : GraphQLRegistration.PlainListSize;
    }

    private FieldType? FieldOf(IGraphType parent, string name) => name switch
    {
        "__schema" => context.Schema.SchemaMetaFieldType,
        "__type" => context.Schema.TypeMetaFieldType,
        "__typename" => context.Schema.TypeNameMetaFieldType,
        _ => (parent as IComplexGraphType)?.GetField(name),
    };

    private IGraphType? TypeNamed(string? name) => name is null ? null : context.Schema.AllTypes[name];
}
