using System.Globalization;
using GraphQL;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Cases;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// A line's rule in words: the rate, share, coefficient, percent and cap that made its amount, or why it pays nothing.
/// In English, or in Chinese (<see cref="DescribeInChinese"/>) for a caller who asks for it and in every export, whose
/// headers are Chinese; both name the same figures, and the codes (SIMPLE, PAYABLE) stay the API's.
/// </summary>
public static class SubsidyRuleText
{
    public static string Describe(SubsidyLineRow l, bool chinese) => chinese ? DescribeInChinese(l) : Describe(l);

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

    /// <summary>The same rule in Chinese (简体中文).</summary>
    public static string DescribeInChinese(SubsidyLineRow l)
    {
        var policy = l.PolicyId is { } id ? $"政策 {id}" : "无政策";
        return l.Reason switch
        {
            SubsidyReason.NoPolicy => l.PolicyId is null
                ? $"地区 {l.RegionCode} 在 {l.ClosedOn:yyyy-MM-dd} 没有有效的以案定补政策。"
                : $"{policy}未规定{Difficulty(l.Difficulty)}案件以{(l.Outcome is { } o ? Outcome(o) : "无结果")}结案的补贴标准。",
            SubsidyReason.NotSuccessful => $"调解结果为{(l.Outcome is { } o ? Outcome(o) : "空")}：只有达成调解协议的案件才予补贴。",
            SubsidyReason.DuplicateDispute => "同一当事人、同一类别的纠纷在政策规定期限内已有更早的成功案件，视为同一纠纷，只补贴一次。",
            SubsidyReason.EnteredLate => $"{l.EnteredOn:yyyy-MM-dd} 录入，结案后 {l.EnteredOn.DayNumber - l.ClosedOn.DayNumber} 天，超过{policy}规定的录入期限。",
            SubsidyReason.NoFollowUp => $"{Difficulty(l.Difficulty)}案件须回访后才予补贴（{policy}），未记录回访。",
            SubsidyReason.LeadNotCertified => $"主办调解员在结案日 {l.ClosedOn:yyyy-MM-dd} 未持有有效的调解员证书。",
            SubsidyReason.AlreadyClaimed => "该案件已在已批准或已发放的补贴申报中。",
            SubsidyReason.ExcludedMediator => $"{policy}对该调解员按件补贴 0%（公务员，或领取工资的专职人员）。",
            _ => PricedInChinese(l, policy),
        };
    }

    private static string Priced(SubsidyLineRow l, string policy)
    {
        var share = l.ShareDenominator == 1 ? "whole case" : $"share {l.ShareNumerator}/{l.ShareDenominator}";
        var grade = l.LevelName is null ? "ungraded" : l.LevelName;
        var text = $"{ToUpper(l.Difficulty.ToString())} {(l.Outcome == CaseOutcome.OralAgreement ? "oral" : "written")} agreement under {policy}: " +
                   $"{(l.IsLead ? "lead" : "co-mediator")}, {share} = {l.BaseFen} fen × {Coefficient(l)} ({grade})" +
                   $" × {l.PersonPercent}% = {l.AmountBeforeCap} fen";
        return l.Reason == SubsidyReason.Capped ? text + $"; monthly cap reached, pays {l.Amount} fen." : text + ".";
    }

    private static string PricedInChinese(SubsidyLineRow l, string policy)
    {
        var share = l.ShareDenominator == 1 ? "全案" : $"份额 {l.ShareNumerator}/{l.ShareDenominator}";
        var grade = l.LevelName ?? "未评级";
        var text = $"{Difficulty(l.Difficulty)}案件{(l.Outcome == CaseOutcome.OralAgreement ? "口头" : "书面")}协议（{policy}）：" +
                   $"{(l.IsLead ? "主办" : "协办")}，{share} = {l.BaseFen} 分 × {Coefficient(l)}（{grade}）" +
                   $" × {l.PersonPercent}% = {l.AmountBeforeCap} 分";
        return l.Reason == SubsidyReason.Capped ? text + $"；已达月度封顶，发放 {l.Amount} 分。" : text + "。";
    }

    private static string Coefficient(SubsidyLineRow l) => (l.CoefficientPermille / 1000m).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Difficulty(CaseDifficulty d) => d switch
    {
        CaseDifficulty.Simple => "简易",
        CaseDifficulty.Ordinary => "一般",
        CaseDifficulty.Complex => "疑难复杂",
        CaseDifficulty.Major => "重大",
        _ => ToUpper(d.ToString()),
    };

    private static string Outcome(CaseOutcome o) => o switch
    {
        CaseOutcome.WrittenAgreement => "书面协议",
        CaseOutcome.OralAgreement => "口头协议",
        CaseOutcome.Failed => "调解不成",
        CaseOutcome.Referred => "移交其他途径",
        CaseOutcome.Withdrawn => "撤回",
        _ => ToUpper(o.ToString()),
    };

    // The names GraphQL.NET gives enum values (PAYABLE, LEAD_NOT_CERTIFIED), so the text matches the API.
    private static string ToUpper(string pascal) => pascal.ToConstantCase();
}
