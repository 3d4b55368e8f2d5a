using System.IO.Compression;

namespace Registry.Api.Http;

/// <summary>
/// Looks inside an uploaded XLSX before ClosedXML opens it. An XLSX is a ZIP archive whose XML parts inflate to many
/// times its size; ClosedXML holds them in memory, so a 0.4 MB file inflating to 400 MB would cost gigabytes. The parts
/// are inflated here first, counting, and the file is refused as soon as they pass
/// <c>Limits:MaxWorkbookUncompressedBytes</c> in all, or inflate more than <see cref="MaxRatio"/> times their size in
/// the file (real sheets: 5–30 times). An archive that is not a workbook is named as such, not left to fail inside
/// ClosedXML.
/// </summary>
public static class WorkbookArchive
{
    /// <summary>How many times its compressed size the archive may inflate to, once past <see cref="RatioFloorBytes"/>.</summary>
    public const int MaxRatio = 100;
    /// <summary>Below this many inflated bytes the ratio is not checked: tiny parts compress very well.</summary>
    public const long RatioFloorBytes = 1024 * 1024;
    /// <summary>More parts than a workbook of a few sheets has.</summary>
    public const int MaxEntries = 1000;

    /// <summary>Null when the workbook may be opened; otherwise why not.</summary>
    public static UploadRefusal? Problem(byte[] content, long maxUncompressedBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return TooLarge($"The workbook has more than {MaxEntries} parts; it is not a sheet this registry reads.");
            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
                return NotAWorkbook("The file is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml); save the sheet as .xlsx or .csv.");
            // The sizes the archive declares, first: they cost nothing to read.
            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > maxUncompressedBytes) return TooLarge(Inflates(maxUncompressedBytes));
            // Then the real sizes, since declared ones can lie: inflate every part, stopping at the limit.
            long inflated = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                int n;
                while ((n = part.Read(buffer)) > 0)
                {
                    inflated += n;
                    if (inflated > maxUncompressedBytes) return TooLarge(Inflates(maxUncompressedBytes));
                    if (inflated > RatioFloorBytes && inflated > (long)MaxRatio * content.Length)
                        return TooLarge($"The workbook inflates to more than {MaxRatio} times its size; it is refused as a possible ZIP bomb.");
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return NotAWorkbook("The file is not an XLSX workbook (not a readable ZIP archive); save the sheet as .xlsx or .csv.");
        }
    }

    private static string Inflates(long max) => $"The workbook's parts inflate to more than {max} bytes; split the sheet (or send it as CSV).";

    private static UploadRefusal TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, "file", "WORKBOOK_TOO_LARGE", message);

    private static UploadRefusal NotAWorkbook(string message) => new(StatusCodes.Status400BadRequest, "file", ErrorCodes.Invalid, message);
}
