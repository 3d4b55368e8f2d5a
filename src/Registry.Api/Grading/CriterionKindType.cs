using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class CriterionKindType : EnumerationGraphType<CriterionKind>
{
    public CriterionKindType()
    {
        Name = "CriterionKind";
        Description = "YEARS_OF_SERVICE 从事调解年限, CASES_LED 主持调解案件数, ORAL_AGREEMENT_SHARE 口头协议占比 (at most), AGREEMENT_RATE 调解成功率, " +
                      "TRAINING_HOURS 培训学时, NO_CRIMINAL_CASE 无民转刑, NO_UPHELD_COMPLAINT 无有效投诉, YEARS_AT_LEVEL_BELOW 任下一等级年限, " +
                      "VALID_CERTIFICATE 持有效证书.";
    }
}
