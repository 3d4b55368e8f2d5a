using System.Linq.Expressions;

namespace Registry.Api.Schema.Loading;

/// <summary>
/// Puts a domain <see cref="DayRule{T}"/> into a compiled query: the query is written as a template with
/// <see cref="Holds{T}"/> where the rule goes, and <see cref="Bind"/> replaces that with the rule's own expression, its
/// day being the template's <see cref="DateOnly"/> parameter. So the rule stays written once, in the domain.
/// </summary>
public static class CompiledDayRule
{
    /// <summary>Stands for the rule in a template; <see cref="Bind"/> replaces it, so it is never called.</summary>
    public static Expression<Func<T, bool>> Holds<T>() =>
        throw new InvalidOperationException($"{nameof(Holds)} only marks where {nameof(Bind)} puts a rule.");

    public static Expression<TDelegate> Bind<TDelegate, T>(Expression<TDelegate> template, DayRule<T> rule)
    {
        var day = template.Parameters.Single(p => p.Type == typeof(DateOnly));
        var bound = new Placement(typeof(T), Expression.Quote(rule.At(day))).Visit(template.Body);
        return Expression.Lambda<TDelegate>(bound, template.Parameters);
    }

    private sealed class Placement(Type entity, Expression rule) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.IsGenericMethod && node.Method.GetGenericMethodDefinition() == HoldsMethod && node.Method.GetGenericArguments()[0] == entity
                ? rule
                : base.VisitMethodCall(node);
    }

    private static readonly System.Reflection.MethodInfo HoldsMethod = typeof(CompiledDayRule).GetMethod(nameof(Holds))!;
}
