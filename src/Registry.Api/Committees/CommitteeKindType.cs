using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CommitteeKindType : EnumerationGraphType<CommitteeKind>
{
    public CommitteeKindType()
    {
        Name = "CommitteeKind";
        Description = "村 VILLAGE, 社区 COMMUNITY, 乡镇 TOWNSHIP, 街道 SUBDISTRICT, 企事业单位 ENTERPRISE, 商会 CHAMBER_OF_COMMERCE, " +
                      "行业性专业性 INDUSTRY_PROFESSIONAL, 区域性 REGIONAL, 派驻调解工作室 DISPATCHED_OFFICE, 人民调解中心 MEDIATION_CENTER.";
    }
}
