using Bogus;
using static Registry.Data.Seeding.Demo.DemoDates;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Expert pools (调解专家库) for the sampled prefectures and several counties, each with 5–12 experts on three-year
/// terms; some earlier terms have ended.
/// </summary>
internal sealed class ExpertPoolPlanner(Faker faker, RegionBook regions)
{
    public static readonly string[] RegionCodes = ["419001", "1506", "150626", "5107", "510703", "510781", "1301", "130123", "2224", "222401", "2201"];

    private static readonly (ExpertDiscipline Discipline, ExpertProfession Profession, string Organisation, double Weight)[] Kinds =
    [
        (ExpertDiscipline.Law, ExpertProfession.Lawyer, "{0}{1}律师事务所", 0.25),
        (ExpertDiscipline.Law, ExpertProfession.Arbitrator, "{0}仲裁委员会", 0.08),
        (ExpertDiscipline.Law, ExpertProfession.Notary, "{0}公证处", 0.05),
        (ExpertDiscipline.Law, ExpertProfession.RetiredJudge, "{0}人民法院（退休）", 0.07),
        (ExpertDiscipline.Law, ExpertProfession.GrassrootsLegalWorker, "{0}{1}法律服务所", 0.08),
        (ExpertDiscipline.Medicine, ExpertProfession.Doctor, "{0}人民医院", 0.1),
        (ExpertDiscipline.Medicine, ExpertProfession.ForensicAppraiser, "{0}司法鉴定中心", 0.06),
        (ExpertDiscipline.Psychology, ExpertProfession.Psychologist, "{0}心理咨询中心", 0.08),
        (ExpertDiscipline.Economics, ExpertProfession.Economist, "{0}会计师事务所", 0.05),
        (ExpertDiscipline.SocialWork, ExpertProfession.SocialWorker, "{0}社会工作服务中心", 0.07),
        (ExpertDiscipline.Industry, ExpertProfession.IndustrySpecialist, "{0}住房和城乡建设局", 0.05),
        (ExpertDiscipline.Industry, ExpertProfession.Scholar, "{0}职业技术学院", 0.06),
    ];

    private static readonly string[] FirmWords = ["正义", "天平", "明德", "诚信", "衡泰", "金诚", "致远", "公信", "德馨", "宏达"];

    public List<ExpertPool> Pools() =>
        RegionCodes.Select(code => ExpertPool.Create(regions.Place(code) + "人民调解专家库", code,
            faker.Random.Between(On(2019), On(2023, 6, 30)))).ToList();

    public IEnumerable<Expert> Experts(ExpertPool pool)
    {
        var place = regions[pool.RegionCode].Name;
        for (var i = faker.Random.Int(5, 12); i > 0; i--)
        {
            var kind = faker.Random.Weighted(Kinds.Select(k => (k, k.Weight)).ToArray());
            var organisation = string.Format(kind.Organisation, place, faker.Random.ArrayElement(FirmWords));
            // Most serve a current term; about a quarter served an earlier one that has ended.
            var start = faker.Random.Chance(0.75)
                ? faker.Random.Between(Max(pool.EstablishedOn, On(2024)), On(2026, 6, 30))
                : faker.Random.Between(pool.EstablishedOn, On(2022, 12, 31));
            yield return Expert.Add(pool, faker.Name.LastName() + faker.Name.FirstName(), kind.Discipline, kind.Profession, organisation,
                start, start.AddYears(3).AddDays(-1));
        }
    }
}
