using System.Globalization;
using GraphQL;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>A line's rule in words: the rate, share, coefficient, percent and cap that made its amount, or why it pays nothing.</summary>
public static class SubsidyRuleText
{
    public static string Describe(SubsidyLineRow l)
    {
        var policy = l.PolicyId is { } id ? $"policy {id}" : "no policy";
        string Upper(object o) => ToUpper(o.ToString()!);
        return l.Reason switch
        {
            SubsidyReason.NoPolicy => l.PolicyId is null
                ? $"No subsidy policy in force for region {l.RegionCode} on {l.ClosedOn:yyyy-MM-dd}."
                : $"{policy} sets no rate for a {Upper(l.Difficulty)} case closed with {(l.Outcome is { } o ? Upper(o) : "no outcome")}.",
            SubsidyReason.NotSuccessful => $"Outcome {(l.Outcome is { } o ? Upper(o) : "none")}: only an agreement pays.",
            SubsidyReason.DuplicateDispute => "An earlier successful case of the same parties and category within the policy's window is the same dispute, paid once.",
            SubsidyReason.EnteredLate => $"Entered {l.EnteredOn:yyyy-MM-dd}, {l.EnteredOn.DayNumber - l.ClosedOn.DayNumber} days after closing: later than {policy} allows.",
            SubsidyReason.NoFollowUp => $"A {Upper(l.Difficulty)} case pays only after its follow-up visit (回访) under {policy}; none recorded.",
            SubsidyReason.LeadNotCertified => $"The lead mediator held no valid certificate on the closing date {l.ClosedOn:yyyy-MM-dd}.",
            SubsidyReason.AlreadyClaimed => "The case is in an approved or paid claim already.",
            SubsidyReason.ExcludedMediator => $"{policy} pays this mediator 0% per case (civil servant, or salaried full-time staff).",
            _ => Priced(l, policy),
        };
    }

    private static string Priced(SubsidyLineRow l, string policy)
    {
        var share = l.ShareDenominator == 1 ? "whole case" : $"share {l.ShareNumerator}/{l.ShareDenominator}";
        var grade = l.LevelName is null ? "ungraded" : l.LevelName;
        var text = $"{ToUpper(l.Difficulty.ToString())} {(l.Outcome == Domain.Cases.CaseOutcome.OralAgreement ? "oral" : "written")} agreement under {policy}: " +
                   $"{(l.IsLead ? "lead" : "co-mediator")}, {share} = {l.BaseFen} fen × {(l.CoefficientPermille / 1000m).ToString("0.000", CultureInfo.InvariantCulture)} ({grade})" +
                   $" × {l.PersonPercent}% = {l.AmountBeforeCap} fen";
        return l.Reason == SubsidyReason.Capped ? text + $"; monthly cap reached, pays {l.Amount} fen." : text + ".";
    }

    // The names GraphQL.NET gives enum values (PAYABLE, LEAD_NOT_CERTIFIED), so the text matches the API.
    private static string ToUpper(string pascal) => pascal.ToConstantCase();
}
