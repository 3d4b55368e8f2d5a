namespace Registry.Data.Seeding.Demo;

/// <summary>How committees of each kind are named in the seed notices.</summary>
internal static class CommitteeNames
{
    public const string Suffix = "人民调解委员会";

    public static readonly IReadOnlyDictionary<Sector, string> SectorDisputes = new Dictionary<Sector, string>
    {
        [Sector.Medical] = "医疗纠纷",
        [Sector.RoadTraffic] = "道路交通事故纠纷",
        [Sector.Labour] = "劳动争议",
        [Sector.PropertyManagement] = "物业纠纷",
        [Sector.IntellectualProperty] = "知识产权纠纷",
        [Sector.Consumer] = "消费纠纷",
        [Sector.Tourism] = "旅游纠纷",
        [Sector.Finance] = "金融纠纷",
        [Sector.Insurance] = "保险合同纠纷",
        [Sector.ECommerce] = "电子商务纠纷",
        [Sector.Logistics] = "物流纠纷",
        [Sector.Environment] = "环境资源纠纷",
        [Sector.Campus] = "校园纠纷",
        [Sector.Construction] = "建设工程纠纷",
        [Sector.MarriageAndFamily] = "婚姻家庭纠纷",
        [Sector.LandAndResources] = "土地资源纠纷",
    };

    public static readonly string[] Enterprises = ["供电公司", "自来水有限责任公司", "人民医院", "燃气有限公司", "公共交通有限公司", "建设投资集团有限公司", "第一高级中学", "粮食储备库"];
    public static readonly string[] ClosedEnterprises = ["国营农机修造厂", "棉纺织厂", "第二化肥厂", "水泥厂", "酿酒厂"];
    public static readonly string[] Chambers = ["工商业联合会（总商会）", "浙江商会", "福建商会", "建筑业商会", "餐饮业商会"];

    // Longest first: the data spells residents' and villagers' committees several ways.
    private static readonly string[] CommunitySuffixes = ["社区居民委员会", "社区居民委会", "居民委员会", "居民委会", "居委会", "社区"];
    private static readonly string[] VillageSuffixes = ["村民委员会", "村委员会", "村委会"];

    /// <summary>
    /// 丰谷镇 + 红岩村民委员会 → 丰谷镇红岩村人民调解委员会; residents' committees become 社区.
    /// </summary>
    public static string ForVillage(string townshipName, string villageName, out bool isCommunity)
    {
        var name = villageName;
        isCommunity = true;
        if (CommunitySuffixes.Any(suffix => Strip(ref name, suffix)))
            name = name.EndsWith("社区", StringComparison.Ordinal) ? name : name + "社区";
        else
        {
            isCommunity = false;
            // A 嘎查 is a pastoral village in Inner Mongolia; it keeps its own word.
            if (VillageSuffixes.Any(suffix => Strip(ref name, suffix)))
                name = name.EndsWith('村') || name.EndsWith("嘎查", StringComparison.Ordinal) ? name : name + "村";
        }
        return townshipName + name + Suffix;
    }

    private static bool Strip(ref string name, string suffix)
    {
        if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length == suffix.Length) return false;
        name = name[..^suffix.Length];
        return true;
    }
}
