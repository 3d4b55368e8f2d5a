using Registry.Api.Tests.Cases;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// The hand-worked data set, in 荔湾区 (440103). Policy A from 2026-01-01: SIMPLE written 3,001 fen, ORDINARY written 8,000,
/// ORDINARY oral 5,000, COMPLEX written 50,000; 四级 ×1.2; lead 60%; cap 20,000 a month; entry within 30 days; follow-up
/// from COMPLEX; civil servants 0%. Policy B from 2026-03-01: the same with ORDINARY written 10,000. Everyone certified
/// 2025-01-01 to 2028-12-31 but 戊; 乙 graded 四级 on 2025-06-01; 己 a civil servant.
/// <code>
/// case  lead (co)      facts                                        lines (fen, reason)
/// s1    甲             ORDINARY written, closed 01-10               甲 8000 PAYABLE
/// s2    乙             ORDINARY written, closed 01-12               乙 8000 × 1.2 = 9600 PAYABLE
/// s3    甲 (丙, 丁)     SIMPLE written 3001, closed 01-15            丙, 丁 ⌊3001 × 40 / 200⌋ = 600 each; 甲 3001 − 1200 = 1801
/// s4    甲             closed 01-20, entered 03-01 (40 days)        ENTERED_LATE 0
/// s5    戊             no certificate                               LEAD_NOT_CERTIFIED 0
/// s6    甲             FAILED                                       NOT_SUCCESSFUL 0
/// s7    丙             parties P, Q, received 01-05                 丙 8000 PAYABLE
/// s8    丁             parties P, Q, same category, received 01-10  DUPLICATE_DISPUTE 0
/// s9    甲             COMPLEX, no follow-up                        NO_FOLLOW_UP 0
/// s10   己             civil servant                                EXCLUDED_MEDIATOR 0
/// s11–13 庚            ORDINARY written, closed 02-03, 02-04, 02-05  8000, 8000, then 4000 of 8000 CAPPED
/// s14   甲             ORDINARY written, closed 03-05 (policy B)    10000 PAYABLE
/// </code>
/// Totals: 58,601 fen after the cap (甲 19,801; 乙 9,600; 丙 8,600; 丁 600; 庚 20,000), 62,601 before; 16 lines, 10 paying, 14 cases.
/// </summary>
public static class SubsidyFixtureData
{
    public const string Region = "440103";

    public static async Task<Dictionary<string, string>> BuildAsync(RegistryApp app)
    {
        var s = new SubsidyScenario(app);
        var cases = new CaseSetup(app);
        SubsidyTestHelp.Ok(await s.SetPolicy(SubsidyScenario.Policy(Region, "2026-01-01")));
        SubsidyTestHelp.Ok(await s.SetPolicy(SubsidyScenario.Policy(Region, "2026-03-01", ordinaryWritten: 10000)));
        var committee = await s.Grading.Training.Roster.Committee(Region, "MEDIATION_CENTER");
        var ids = new Dictionary<string, string> { ["committee"] = committee };
        foreach (var name in new[] { "甲", "乙", "丙", "丁", "戊", "庚" })
        {
            var m = await s.Grading.Training.Mediator(Region, name, committeeId: committee);
            ids[name] = m.Id;
            if (name != "戊") await s.Grading.IssueOk(m.Id, "2025-01-01", "2028-12-31", Region);
        }
        ids["己"] = await s.CivilServant("己", committee);
        await s.Grading.IssueOk(ids["己"], "2025-01-01", "2028-12-31", Region);
        await s.Grading.Assess(ids["乙"], "四级", "2025-06-01", Region);
        var p = Infrastructure.Roster.NewPerson().IdNumber;
        var q = Infrastructure.Roster.NewPerson().IdNumber;
        Dictionary<string, object?> Row(string n, string lead, string closedOn, string outcome = "WRITTEN_AGREEMENT", string difficulty = "ORDINARY",
            string received = "2026-01-02", string? entered = null, string[]? co = null, string[]? parties = null) =>
            CaseSetup.Row(n, committee, ids[lead], received, closedOn, outcome, "NEIGHBOURS", difficulty, entered, parties, co);
        await cases.ImportOk("subsidy",
            Row("s1", "甲", "2026-01-10"),
            Row("s2", "乙", "2026-01-12"),
            Row("s3", "甲", "2026-01-15", difficulty: "SIMPLE", co: [ids["丙"], ids["丁"]]),
            Row("s4", "甲", "2026-01-20", entered: "2026-03-01"),
            Row("s5", "戊", "2026-01-21"),
            Row("s6", "甲", "2026-01-22", outcome: "FAILED"),
            Row("s7", "丙", "2026-01-25", received: "2026-01-05", parties: [p, q]),
            Row("s8", "丁", "2026-01-26", received: "2026-01-10", parties: [q, p]),
            Row("s9", "甲", "2026-01-28", difficulty: "COMPLEX"),
            Row("s10", "己", "2026-01-29"),
            Row("s11", "庚", "2026-02-03"),
            Row("s12", "庚", "2026-02-04"),
            Row("s13", "庚", "2026-02-05"),
            Row("s14", "甲", "2026-03-05"));
        return ids;
    }
}
