using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

/// <summary>
/// The columns of a case sheet (CSV or XLSX) and the words accepted in them. Headers may be English (the GraphQL
/// field names) or Chinese; values of category, difficulty and outcome may be the GraphQL enum names or Chinese.
/// Lists (co-mediators, party ID numbers) are separated by ; ； , ， 、 or spaces.
/// </summary>
public static class CaseSheetColumns
{
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["externalNumber"] = "externalNumber", ["案件编号"] = "externalNumber", ["案号"] = "externalNumber",
        ["committeeId"] = "committeeId", ["调委会ID"] = "committeeId", ["调解委员会ID"] = "committeeId",
        ["category"] = "category", ["纠纷类别"] = "category", ["纠纷类型"] = "category",
        ["difficulty"] = "difficulty", ["难易程度"] = "difficulty", ["案件难度"] = "difficulty",
        ["leadMediatorId"] = "leadMediatorId", ["主办调解员"] = "leadMediatorId", ["主办调解员身份证号"] = "leadMediatorId",
        ["coMediatorIds"] = "coMediatorIds", ["协办调解员"] = "coMediatorIds", ["协办调解员身份证号"] = "coMediatorIds",
        ["receivedOn"] = "receivedOn", ["受理日期"] = "receivedOn",
        ["closedOn"] = "closedOn", ["结案日期"] = "closedOn", ["办结日期"] = "closedOn",
        ["outcome"] = "outcome", ["调解结果"] = "outcome",
        ["followUpOn"] = "followUpOn", ["回访日期"] = "followUpOn",
        ["agreementFulfilled"] = "agreementFulfilled", ["协议履行"] = "agreementFulfilled", ["是否履行"] = "agreementFulfilled",
        ["turnedCriminal"] = "turnedCriminal", ["民转刑"] = "turnedCriminal", ["是否民转刑"] = "turnedCriminal",
        ["enteredOn"] = "enteredOn", ["录入日期"] = "enteredOn",
        ["partyIdNumbers"] = "partyIdNumbers", ["当事人身份证号"] = "partyIdNumbers", ["当事人"] = "partyIdNumbers",
    };

    public static readonly IReadOnlyDictionary<string, DisputeCategory> Categories = new Dictionary<string, DisputeCategory>
    {
        ["婚姻家庭"] = DisputeCategory.MarriageAndFamily, ["邻里"] = DisputeCategory.Neighbours, ["邻里纠纷"] = DisputeCategory.Neighbours,
        ["房屋宅基地"] = DisputeCategory.HousingAndHomestead, ["山林土地"] = DisputeCategory.LandAndForest,
        ["征地拆迁"] = DisputeCategory.LandAcquisitionAndDemolition, ["农村土地承包"] = DisputeCategory.RuralLandContract,
        ["劳动争议"] = DisputeCategory.Labour, ["劳动"] = DisputeCategory.Labour, ["医疗"] = DisputeCategory.Medical,
        ["医疗纠纷"] = DisputeCategory.Medical, ["道路交通"] = DisputeCategory.RoadTraffic, ["物业管理"] = DisputeCategory.PropertyManagement,
        ["消费"] = DisputeCategory.Consumer, ["合同"] = DisputeCategory.Contract, ["债务"] = DisputeCategory.Debt,
        ["损害赔偿"] = DisputeCategory.Damages, ["环境污染"] = DisputeCategory.Environment, ["建设工程"] = DisputeCategory.Construction,
        ["知识产权"] = DisputeCategory.IntellectualProperty, ["电子商务"] = DisputeCategory.ECommerce, ["金融"] = DisputeCategory.Finance,
        ["其他"] = DisputeCategory.Other,
    };

    public static readonly IReadOnlyDictionary<string, CaseDifficulty> Difficulties = new Dictionary<string, CaseDifficulty>
    {
        ["简易"] = CaseDifficulty.Simple, ["简单"] = CaseDifficulty.Simple, ["一般"] = CaseDifficulty.Ordinary, ["普通"] = CaseDifficulty.Ordinary,
        ["复杂"] = CaseDifficulty.Complex, ["疑难"] = CaseDifficulty.Complex, ["疑难复杂"] = CaseDifficulty.Complex, ["重大"] = CaseDifficulty.Major,
    };

    public static readonly IReadOnlyDictionary<string, CaseOutcome> Outcomes = new Dictionary<string, CaseOutcome>
    {
        ["书面协议"] = CaseOutcome.WrittenAgreement, ["口头协议"] = CaseOutcome.OralAgreement, ["调解不成"] = CaseOutcome.Failed,
        ["调解失败"] = CaseOutcome.Failed, ["移交"] = CaseOutcome.Referred, ["转交"] = CaseOutcome.Referred, ["撤回"] = CaseOutcome.Withdrawn,
    };
}
