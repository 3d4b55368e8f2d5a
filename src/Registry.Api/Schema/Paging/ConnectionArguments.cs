using GraphQL.Builders;

namespace Registry.Api.Schema.Paging;

/// <summary>Adds <c>first</c> and <c>after</c> to a connection field.</summary>
public static class ConnectionArguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"How many items, 0–{PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");
}
