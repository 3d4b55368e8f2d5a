namespace Registry.Api.Http;

/// <summary>
/// A problem an upload found in a sheet (a sign-in sheet, a case sheet), the same shape for every upload: the row as
/// numbered in the sheet (header = 1; null when the problem is not about one row), the column's header as the sheet
/// wrote it (null when unknown), the input field it maps to, and the error code and sentence GraphQL would give.
/// </summary>
public sealed record SheetError(int? Row, string? Column, string? Field, string Code, string Message)
{
    /// <summary>A problem with the request or the whole sheet rather than a cell.</summary>
    public static SheetError Of(string? field, string code, string message) => new(null, null, field, code, message);
}
