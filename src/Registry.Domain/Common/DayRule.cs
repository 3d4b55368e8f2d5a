using System.Linq.Expressions;

namespace Registry.Domain.Common;

/// <summary>
/// A rule about an entity on a day, written once as an expression of both (<c>(entity, day) =&gt; …</c>), and bound to a
/// day in either of the two ways a query needs: a day the caller holds (<see cref="On"/>, which a query provider sends
/// as a parameter, as it does any captured value) or a parameter of a larger expression (<see cref="At"/>, for compiled
/// queries, whose day is an argument of the compiled delegate).
/// </summary>
public sealed class DayRule<T>(Expression<Func<T, DateOnly, bool>> rule)
{
    public Expression<Func<T, DateOnly, bool>> Rule { get; } = rule;

    public Expression<Func<T, bool>> On(DateOnly day)
    {
        Expression<Func<DateOnly>> captured = () => day;
        return At(captured.Body);
    }

    public Expression<Func<T, bool>> At(Expression day) =>
        Expression.Lambda<Func<T, bool>>(new Substitution(Rule.Parameters[1], day).Visit(Rule.Body), Rule.Parameters[0]);

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
