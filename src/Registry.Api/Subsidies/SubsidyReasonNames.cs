using GraphQL;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// A reason as a spreadsheet cell for finance staff: its Chinese name with the API's code beside it,
/// e.g. <c>主办调解员无有效证书（LEAD_NOT_CERTIFIED）</c>, so a sheet reads in Chinese and still matches the GraphQL answer.
/// </summary>
public static class SubsidyReasonNames
{
    private static readonly Dictionary<SubsidyReason, string> Chinese = new()
    {
        [SubsidyReason.Payable] = "可发放",
        [SubsidyReason.NotSuccessful] = "调解未成功",
        [SubsidyReason.EnteredLate] = "录入超期",
        [SubsidyReason.LeadNotCertified] = "主办调解员无有效证书",
        [SubsidyReason.NoFollowUp] = "未回访",
        [SubsidyReason.AlreadyClaimed] = "已申报",
        [SubsidyReason.DuplicateDispute] = "重复纠纷",
        [SubsidyReason.ExcludedMediator] = "不享受补贴人员",
        [SubsidyReason.Capped] = "超出月度封顶",
        [SubsidyReason.NoPolicy] = "无适用政策",
    };

    public static string Cell(SubsidyReason reason) => $"{Chinese[reason]}（{Code(reason)}）";

    /// <summary>The GraphQL enum value: PAYABLE, LEAD_NOT_CERTIFIED, …</summary>
    public static string Code(SubsidyReason reason) => reason.ToString().ToConstantCase();
}
