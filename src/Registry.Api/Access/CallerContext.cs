using Registry.Api.Schema.Errors;
using Registry.Domain.Access;

namespace Registry.Api.Access;

public static class CallerContext
{
    public static Caller Caller(this IResolveFieldContext context) => Access.Caller.From(context.User);

    /// <summary>In a mutation: refuses, as a user error on <paramref name="field"/>, a region outside the caller's jurisdiction.</summary>
    public static void RequireCovers(this Caller caller, string regionCode, string field)
    {
        if (!caller.IsSignedIn)
            throw new DomainException(field, ErrorCodes.Unauthenticated, "Sign in to change the registry.");
        if (!caller.Covers(regionCode))
            throw new DomainException(field, ErrorCodes.Forbidden, AccessRules.OutsideJurisdiction(regionCode, caller.Jurisdiction));
    }
}
