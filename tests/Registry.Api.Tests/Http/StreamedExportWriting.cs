using System.Text;
using ClosedXML.Excel;
using Registry.Api.Http;

namespace Registry.Api.Tests.Http;

/// <summary>
/// The one writer of every export (<see cref="StreamedExport"/>): CSV goes out while rows are still being read, XLSX
/// holds text as text (never a formula), numbers as numbers and days as dates, a sheet without a header starts with
/// its rows, and short rows are padded to the sheet's width.
/// </summary>
public sealed class StreamedExportWriting
{
    private static async IAsyncEnumerable<object?[]> Rows(int count, Func<int, object?[]> row)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return row(i);
        }
    }

    [Fact]
    public async Task CsvIsWrittenBeforeTheLastRowIsRead()
    {
        var output = new MemoryStream();
        var writtenWhenLastRowWasRead = -1L;
        async IAsyncEnumerable<object?[]> Watched()
        {
            await foreach (var row in Rows(200_000, i => [$"调委会{i}", i])) yield return row;
            writtenWhenLastRowWasRead = output.Length;
        }

        await StreamedExport.WriteCsvAsync(output, new ExportSheet("s", ["名称", "数"], Watched()));

        // The writer holds one 64 KiB buffer, not the file: most of the ~3 MB were out before reading ended.
        Assert.True(writtenWhenLastRowWasRead > output.Length - 128 * 1024, $"{writtenWhenLastRowWasRead} of {output.Length} bytes");
        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["名称,数", "调委会0,0", "调委会199999,199999"], [lines[0], lines[1], lines[^1]]);
    }

    [Fact]
    public async Task CsvNeutralisesFormulasAndQuotesAsBefore()
    {
        var output = new MemoryStream();
        await StreamedExport.WriteCsvAsync(output, new ExportSheet("s", ["a", "b", "c"], Rows(1, _ => ["=1+2", "x,\"y\"", -5])));
        Assert.Equal("a,b,c\r\n'=1+2,\"x,\"\"y\"\"\",-5\r\n", Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task XlsxHoldsTextNumbersAndDatesInTheirSheets()
    {
        var output = new MemoryStream();
        await StreamedExport.WriteXlsxAsync(output,
        [
            new ExportSheet("汇总", null, 3, Rows(2, i => i == 0 ? ["地区代码", "13"] : [])),
            new ExportSheet("明细", ["名称", "数", "日期"], Rows(3, i => ["=HYPERLINK(\"http://x\")", i - 1, new DateOnly(2026, 11, 9 + i)])),
        ]);

        using var book = new XLWorkbook(new MemoryStream(output.ToArray()));
        var summary = book.Worksheet("汇总");
        Assert.Equal(("地区代码", "13"), (summary.Cell(1, 1).GetString(), summary.Cell(1, 2).GetString()));
        Assert.Equal(1, book.Worksheet(1).LastRowUsed().RowNumber());
        var lines = book.Worksheet("明细");
        Assert.Equal(["名称", "数", "日期"], lines.Row(1).Cells(1, 3).Select(c => c.GetString()));
        var formula = lines.Cell(2, 1);
        Assert.False(formula.HasFormula);
        Assert.Equal((XLDataType.Text, "=HYPERLINK(\"http://x\")"), (formula.DataType, formula.GetString()));
        Assert.Equal((XLDataType.Number, -1), (lines.Cell(2, 2).DataType, lines.Cell(2, 2).GetValue<int>()));
        Assert.Equal(new DateTime(2026, 11, 11), lines.Cell(4, 3).GetDateTime());
        Assert.Equal(4, lines.LastRowUsed().RowNumber());
    }
}
