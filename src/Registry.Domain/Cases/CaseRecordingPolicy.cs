using Registry.Domain.Common;

namespace Registry.Domain.Cases;

/// <summary>
/// A jurisdiction's rule for timely entry of cases (应录必录, 规范及时地录入; seeds 003 and 004): a case closed on day D
/// is entered late when entered more than <see cref="MaxEntryDelayDays"/> days after D. Policies are data, chosen
/// like staffing policies by <see cref="CaseRecordingPolicyResolver"/>; where none is in force the registry's
/// default of <see cref="DefaultMaxEntryDelayDays"/> days applies.
/// </summary>
public class CaseRecordingPolicy : Entity
{
    /// <summary>
    /// The seeds demand timely entry but name no number of days (Wushen reports quarterly and forbids year-end
    /// catch-up entry); 30 days keeps every case inside the month after it closes, well inside a quarter.
    /// </summary>
    public const int DefaultMaxEntryDelayDays = 30;
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 500;

    private CaseRecordingPolicy() { }

    public string RegionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string SourceDocument { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public int MaxEntryDelayDays { get; private set; }

    public DatePeriod Period => new(EffectiveFrom, EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Period.Contains(day);

    public static CaseRecordingPolicy Create(string? regionCode, string? title, string? sourceDocument,
        DateOnly effectiveFrom, DateOnly? effectiveTo, int maxEntryDelayDays)
    {
        var guard = new Guard();
        if (!Regions.RegionCode.IsWellFormed(regionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        var t = guard.Text("title", title, MaxTitleLength);
        var source = guard.Text("sourceDocument", sourceDocument, MaxSourceLength);
        if (effectiveTo < effectiveFrom) guard.Add("effectiveTo", ErrorCodes.OutOfRange, "effectiveTo must not be before effectiveFrom.");
        if (maxEntryDelayDays is < 0 or > 366) guard.Add("maxEntryDelayDays", ErrorCodes.OutOfRange, "maxEntryDelayDays must be between 0 and 366.");
        guard.ThrowIfAny();
        return new CaseRecordingPolicy
        {
            RegionCode = regionCode!, Title = t, SourceDocument = source,
            EffectiveFrom = effectiveFrom, EffectiveTo = effectiveTo, MaxEntryDelayDays = maxEntryDelayDays,
        };
    }
}
