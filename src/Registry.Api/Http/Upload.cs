using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Registry.Api.Http;

/// <summary>An uploaded sheet: its bytes, and what the client said it is (a form field <c>file</c>, or the body).</summary>
public sealed record Upload(byte[] Content, string? FileName, string? MediaType, IFormCollection? Form)
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public bool IsXlsx =>
        FileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true
        || MediaType?.StartsWith(XlsxMediaType, StringComparison.OrdinalIgnoreCase) == true;

    public bool IsCsv =>
        FileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true
        || MediaType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
}
