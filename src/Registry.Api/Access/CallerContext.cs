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
            throw new DomainException(field, ErrorCodes.Forbidden, $"Region {regionCode} is outside your jurisdiction ({caller.Jurisdiction}).");
    }

    /// <summary>
    /// In a query: the region a list covers. A signed-in caller sees only their jurisdiction: no code means all of it,
    /// a code outside it is an error naming the argument. The public directory may ask for any region.
    /// </summary>
    public static string? Scope(this Caller caller, string? regionCode, string argument)
    {
        if (!caller.IsSignedIn) return regionCode;
        if (caller.Jurisdiction == AccessRules.Nationwide) return regionCode;
        if (regionCode is null) return caller.Jurisdiction;
        if (AccessRules.Covers(caller.Jurisdiction!, regionCode)) return regionCode;
        if (AccessRules.Covers(regionCode, caller.Jurisdiction!)) return caller.Jurisdiction; // asked wider: narrowed to what they may see
        throw new InputError(argument, ErrorCodes.Forbidden, $"Region {regionCode} is outside your jurisdiction ({caller.Jurisdiction}).");
    }
}
