using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Regions;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// Records a township's rounds from a sheet in one transaction, all or nothing: each round goes through
/// <see cref="RecordScreening"/> itself, so the sheet meets exactly the checks of <c>recordScreening</c>. Every error of
/// every round is collected and named by sheet row (<c>rows.{row}.{field}</c>) before anything is refused.
/// </summary>
public sealed class RecordScreeningSheet(RecordScreening recordScreening) : IUseCase<ScreeningSheet, IReadOnlyList<ScreeningRound>>,
    IAfterSave<IReadOnlyList<ScreeningRound>>
{
    public Permission Permission => Permission.RecordScreening;

    public async Task<IReadOnlyList<ScreeningRound>> HandleAsync(ScreeningSheet sheet, UseCaseContext context, CancellationToken ct)
    {
        var township = sheet.TownshipCode?.Trim();
        if (township is not { Length: 9 } || !RegionCode.IsWellFormed(township))
            throw new DomainException("townshipCode", ErrorCodes.Invalid, "townshipCode must be the 9-digit code of the township whose rounds the sheet holds.");
        context.RequireCovers(township, "townshipCode");
        if (sheet.Rows.Count == 0) throw new DomainException("rows", ErrorCodes.Required, "The sheet holds no rows.");

        var errors = new List<DomainError>();
        var rounds = new List<ScreeningRound>();
        foreach (var group in sheet.Rows.GroupBy(r => (r.CommitteeId, r.ScreenedOn, r.Kind)))
        {
            var rows = group.ToList();
            var found = rows.Where(r => r.Category is not null || r.RiskLevel is not null || r.Summary is not null).ToList();
            var input = new RecordScreeningInput
            {
                CommitteeId = group.Key.CommitteeId, ScreenedOn = group.Key.ScreenedOn, Kind = group.Key.Kind,
                Items = found.Select(r => new RiskItemInput { Category = r.Category ?? default, RiskLevel = r.RiskLevel ?? default, Summary = r.Summary, Parties = r.Parties }).ToList(),
            };
            try
            {
                var round = await recordScreening.HandleAsync(input, context, ct);
                if (!RegionCode.Covers(township, round.RegionCode))
                    throw new DomainException("committeeId", ErrorCodes.Invalid, $"The committee sits in {round.RegionCode}, outside the township {township}.");
                rounds.Add(round);
            }
            catch (DomainException e)
            {
                errors.AddRange(e.Errors.Select(error => OnRow(error, rows[0], found)));
            }
        }
        if (errors.Count > 0) throw new DomainException(errors);
        return rounds;
    }

    /// <summary>An item's error on the row that carried the item; any other on the round's first row.</summary>
    private static DomainError OnRow(DomainError error, ScreeningSheetRow first, List<ScreeningSheetRow> found)
    {
        var (row, field) = error.Field is ["items", var index, ..] && int.TryParse(index, out var i) && i < found.Count
            ? (found[i].Number, error.Field.Count == 2 ? "items" : string.Join('.', error.Field.Skip(2)))
            : (first.Number, string.Join('.', error.Field));
        return new DomainError(["rows", row.ToString(System.Globalization.CultureInfo.InvariantCulture), field], error.Code, error.Message);
    }

    /// <summary>The screening report's read model of the sheet's committees' round days, rebuilt in the same transaction.</summary>
    public Task AfterSaveAsync(RegistryDbContext db, IReadOnlyList<ScreeningRound> rounds, CancellationToken ct) =>
        Registry.Data.Reports.Screening.ScreeningRoundDaysSql.RefreshAsync(db, rounds.Select(r => r.CommitteeId).Distinct().ToList(), ct);
}
