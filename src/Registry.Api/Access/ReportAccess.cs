using Registry.Api.Schema.Errors;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>
/// The one answer to "may this caller read reports for region R" — reports, exports, the non-public lists, the report
/// fields of a committee or mediator — asked by GraphQL fields and HTTP endpoints alike and worded by
/// <see cref="AccessRules.WhyNot"/>. Nothing is narrowed: a region outside the caller's jurisdiction is refused with
/// FORBIDDEN naming <c>regionCode</c>. (The public directory never asks: it answers every caller the same.)
/// </summary>
public static class ReportAccess
{
    public const string Field = "regionCode";

    /// <summary>Why the caller may not read <paramref name="permission"/>'s data of <paramref name="regionCode"/>; null when they may.</summary>
    public static AccessRefusal? Refusal(this Caller caller, string? regionCode, Permission permission = Permission.ReadReports) =>
        AccessRules.WhyNot(caller.Role, caller.Jurisdiction, permission, regionCode);

    /// <summary>
    /// GraphQL: the region a report or non-public list covers — the one asked, or with none the caller's whole
    /// jurisdiction (null, everywhere, for nationwide staff) — or an error naming <paramref name="argument"/>.
    /// </summary>
    public static string? ReportRegion(this Caller caller, string? regionCode, Permission permission = Permission.ReadReports, string argument = Field)
    {
        if (caller.Refusal(regionCode, permission) is { } refusal) throw new InputError(argument, refusal.Code, refusal.Message);
        return regionCode ?? (caller.Jurisdiction == AccessRules.Nationwide ? null : caller.Jurisdiction);
    }

    /// <summary>GraphQL, for a report field of something that sits in <paramref name="regionCode"/>: refused outside the jurisdiction.</summary>
    public static void RequireReports(this Caller caller, string? regionCode, Permission permission = Permission.ReadReports)
    {
        if (caller.Refusal(regionCode, permission) is { } refusal) throw new InputError(Field, refusal.Code, refusal.Message);
    }

    /// <summary>
    /// HTTP: null when the caller may read, else 401 or 403 with the JSON body
    /// <c>{ "errors": [{ "field": "regionCode", "code": "FORBIDDEN", "message": … }] }</c> — the code, field and message
    /// GraphQL gives for the same request.
    /// </summary>
    public static IResult? RefuseOverHttp(this Caller caller, string? regionCode, Permission permission = Permission.ReadReports)
    {
        if (caller.Refusal(regionCode, permission) is not { } refusal) return null;
        var status = refusal.Code == ErrorCodes.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        return Results.Json(new { errors = new[] { new { field = Field, code = refusal.Code, message = $"{Field}: {refusal.Message}" } } }, statusCode: status);
    }
}
