using System.Text.Json.Nodes;
using Registry.Api.Schema;

namespace Registry.Benchmarks.Harness;

/// <summary>
/// The small reads: a committee page with its appointments and mediators, <c>node</c>, and mediator search by name,
/// each with the statement that returns the same rows.
/// </summary>
public static class ListOperations
{
    private const string InForce = "a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)";

    public static Operation NestedPage(HarnessScope scope) => new(
        $"committees {scope.Province} first 20, nested",
        """
        query($r: String, $d: Date) { committees(regionCode: $r, first: 20) { totalCount pageInfo { endCursor hasNextPage }
          nodes { id name kind regionCode appointments(asOf: $d) { role employment mediator { id name gender } } } } }
        """,
        new JsonObject { ["r"] = ListRegion(scope), ["d"] = ReportOperations.Day(scope.AsOf) },
        data => Figures.At(data, "committees.totalCount")
            .With("appointments", data["committees"]!["nodes"]!.AsArray().Sum(n => n!["appointments"]!.AsArray().Count)),
        $"""
        WITH listed AS (
          SELECT id, name, kind, region_code FROM committees
          WHERE region_code >= @lo AND region_code < @hi AND established_on <= @today AND (dissolved_on IS NULL OR dissolved_on >= @today)),
        page AS (SELECT * FROM listed ORDER BY id LIMIT 20)
        SELECT (SELECT count(*) FROM listed) AS total_count, count(a.id) OVER () AS appointments,
               p.id, p.name, p.kind, p.region_code, a.role, a.employment, m.id AS mediator_id, m.name AS mediator_name, m.gender
        FROM page p LEFT JOIN appointments a ON a.committee_id = p.id AND {InForce} LEFT JOIN mediators m ON m.id = a.mediator_id
        ORDER BY p.id, a.id
        """,
        ReportOperations.Region(scope.Province, ("day", scope.AsOf), ("today", scope.Today)),
        "the page's committees by id with their appointments in force and mediators, and the count of all listed");

    public static Operation Node(HarnessScope scope) => new(
        "node (a committee)",
        """
        query($id: ID!, $d: Date) { node(id: $id) { id ... on Committee { name kind regionCode establishedOn mediatorCount(asOf: $d) } } }
        """,
        new JsonObject { ["id"] = GlobalId.Encode("Committee", scope.NodeCommitteeId), ["d"] = ReportOperations.Day(scope.AsOf) },
        data => Figures.At(data, "node.name", "node.mediatorCount"),
        $"""
        SELECT c.name, c.kind, c.region_code, c.established_on,
               (SELECT count(DISTINCT a.mediator_id) FROM appointments a WHERE a.committee_id = c.id AND {InForce}) AS mediator_count
        FROM committees c WHERE c.id = @id
        """,
        new Dictionary<string, object> { ["id"] = scope.NodeCommitteeId, ["day"] = scope.AsOf },
        "the committee's row and its distinct mediators serving");

    public static Operation MediatorSearch(HarnessScope scope) => new(
        $"mediators {scope.Province} search \"{scope.SearchName}\"",
        """
        query($r: String, $s: String!, $d: Date) { mediators(regionCode: $r, search: $s, asOf: $d, first: 20) {
          totalCount pageInfo { endCursor hasNextPage } nodes { id name gender } } }
        """,
        new JsonObject { ["r"] = ListRegion(scope), ["s"] = scope.SearchName, ["d"] = ReportOperations.Day(scope.AsOf) },
        data => Figures.At(data, "mediators.totalCount"),
        ListRegion(scope) is null
            ? """
              SELECT count(*) OVER () AS total_count, m.id, m.name, m.gender FROM mediators m
              WHERE m.name LIKE '%' || @search || '%' ORDER BY m.id LIMIT 20
              """
            : $"""
              SELECT count(*) OVER () AS total_count, m.id, m.name, m.gender FROM mediators m
              WHERE m.name LIKE '%' || @search || '%'
                AND EXISTS (SELECT 1 FROM appointments a JOIN committees c ON c.id = a.committee_id
                            WHERE a.mediator_id = m.id AND c.region_code >= @lo AND c.region_code < @hi AND {InForce})
              ORDER BY m.id LIMIT 20
              """,
        ReportOperations.Region(scope.Province, ("day", scope.AsOf), ("search", scope.SearchName)),
        ListRegion(scope) is null
            ? "every registered mediator whose name contains the text, serving or not (the list without regionCode): count and first 20"
            : "mediators whose name contains the text and who serve in the region: count and first 20");

    /// <summary>
    /// With <c>--national</c>: every operation for the province, then the reports, the nested page and search for the
    /// whole country (staffing's is among the province's already). Where the country's answer rests on regional
    /// policies the hand-written statement does not restate, fewer figures are compared, as each says.
    /// </summary>
    public static IReadOnlyList<Operation> ProvinceAndNation(HarnessScope province, HarnessScope nation) =>
    [
        .. All(province),
        ReportOperations.Training(nation) with
        {
            FromApi = data => Figures.At(data, "trainingCompliance.mediatorCount"),
            SqlComputes = "mediators serving on the reference day (compliance is not compared: each region's requirement governs there, and the statement applies none)",
        },
        ReportOperations.Cases(nation),
        ReportOperations.GradingInZones(nation),
        ReportOperations.Subsidies(nation, nation.Province),
        ReportOperations.Screening(nation),
        NestedPage(nation),
        MediatorSearch(nation),
    ];

    /// <summary>The lists' <c>regionCode</c>: the region, or none for the whole country (reports take <c>CN</c>, lists omit it).</summary>
    private static string? ListRegion(HarnessScope scope) => scope.Province == Registry.Domain.Regions.RegionCode.Nation ? null : scope.Province;

    /// <summary>Every operation of the harness, in the order it times them.</summary>
    public static IReadOnlyList<Operation> All(HarnessScope scope) =>
    [
        ReportOperations.Staffing(scope.Province, scope.AsOf),
        ReportOperations.Staffing("CN", scope.AsOf),
        ReportOperations.Training(scope),
        ReportOperations.Cases(scope),
        ReportOperations.Grading(scope),
        ReportOperations.Subsidies(scope, scope.County),
        ReportOperations.Subsidies(scope, scope.Province),
        ReportOperations.Screening(scope),
        NestedPage(scope),
        Node(scope),
        MediatorSearch(scope),
    ];
}
