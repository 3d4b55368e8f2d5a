namespace Registry.Domain.Staffing;

/// <summary>
/// An aggregate staffing or organisation target a policy sets for its whole jurisdiction. Each value says
/// exactly what is measured, so the database can compute it and the report can compare it with the target.
/// "Active" means established on or before the date and not dissolved before it.
/// </summary>
public enum TargetMetric
{
    /// <summary>
    /// 专职人民调解员比例: mediators holding an active full-time appointment in the region ÷ mediators holding any
    /// active appointment there (each person counted once). Share. Seeds 003 (≥20%), 004 (≥10%).
    /// </summary>
    FullTimeShare,

    /// <summary>
    /// 专职人民调解员数量逐年递增: in every prefecture of the region, full-time mediators on the date ÷ full-time
    /// mediators one year earlier − 1. Met when every prefecture reaches the target. Rate. Seed 003 (10%).
    /// </summary>
    FullTimeGrowth,

    /// <summary>市（州）专家库建成率: prefectures in the region with an expert pool at the prefecture's own code ÷ prefectures. Share. Seed 003.</summary>
    ExpertPoolPrefectureCoverage,

    /// <summary>县（市、区）专家库建成率: counties in the region with an expert pool at the county's own code ÷ counties. Share. Seed 003.</summary>
    ExpertPoolCountyCoverage,

    /// <summary>
    /// 市（州）专业人民调解中心建成率: prefectures with an active MEDIATION_CENTER registered at the prefecture's own
    /// 4-digit code ÷ prefectures. Share. Seed 003 (100%).
    /// </summary>
    MediationCenterPrefectureCoverage,

    /// <summary>
    /// 县（市、区）专业人民调解中心建成率: counties with an active MEDIATION_CENTER registered at the county's own
    /// 6-digit code ÷ counties. Share. Seed 003 (≥50%).
    /// </summary>
    MediationCenterCountyCoverage,

    /// <summary>
    /// 派驻人民调解组织建成率 (诉调、检调、警调、访调): counties in the region with at least one active DISPATCHED_OFFICE
    /// ÷ counties. The seed gives no denominator; the registry does not know how many courts or police stations
    /// exist, so counties are the measurable one. Share. Seed 003 (80%).
    /// </summary>
    DispatchedOfficeCoverage,

    /// <summary>村（社区）调委会覆盖率: villages and communities (12-digit divisions) with an active VILLAGE or COMMUNITY committee ÷ all of them. Share. Seed 001.</summary>
    VillageCommitteeCoverage,

    /// <summary>乡镇（街道）调委会覆盖率: townships (9-digit divisions) with an active TOWNSHIP or SUBDISTRICT committee ÷ all of them. Share. Seed 001.</summary>
    TownshipCommitteeCoverage,

    /// <summary>
    /// 乡镇（街道）人民调解组织规范化率: active TOWNSHIP and SUBDISTRICT committees that are standardised (六统一 and
    /// 五落实 complete) ÷ all active ones. Share. Seed 003 (80% by 2021).
    /// </summary>
    StandardisedTownshipShare,

    /// <summary>命名个人调解工作室数量: personal brand studios named in the region on or before the date. Count. Seed 002 (≥10).</summary>
    PersonalStudioCount,

    /// <summary>
    /// 各县新增专行调解组织: the smallest, over the counties of the region, number of INDUSTRY_PROFESSIONAL committees
    /// established from the policy's effectiveFrom up to the date. Count. Seed 002 (1–2 per county; the target is the lower bound).
    /// </summary>
    NewIndustryCommitteesPerCounty,

    /// <summary>
    /// 标准化商会人民调解委员会: active CHAMBER_OF_COMMERCE committees in the region that are standardised.
    /// Count. Seed 002 (1–2 city-wide; the target is the lower bound).
    /// </summary>
    StandardisedChamberCommitteeCount,

    /// <summary>
    /// 各地形成独具特色的调解品牌: the smallest, over the counties of the region, number of brand studios (personal or
    /// featured) in that county named on or before the date. A brand studio is the registry's record of a local
    /// mediation brand. Count. Seed 002 (2 or more).
    /// </summary>
    BrandStudiosPerCounty,
}
