using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Screening;

/// <summary>The screening names DESIGN.md fixes for clients.</summary>
public sealed class ScreeningContract(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void ScreeningContractNamesArePresent()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = false });
        foreach (var name in new[]
                 {
                     "screeningCompliance(regionCode: String!, from: Date!, to: Date!): ScreeningComplianceReport!",
                     "riskLedger(regionCode: String!, statuses: [RiskStatus!], levels: [RiskLevel!], first: Int, after: String): RiskItemConnection!",
                     "setScreeningPolicy(input: SetScreeningPolicyInput!): SetScreeningPolicyPayload!",
                     "recordScreening(input: RecordScreeningInput!): RecordScreeningPayload!",
                     "updateRiskItem(input: UpdateRiskItemInput!): UpdateRiskItemPayload!",
                     "unitCount: Int!", "compliantCount: Int!", "requiredRounds: Int!", "recordedRounds: Int!",
                     "missed(first: Int, after: String): MissedRoundConnection!", "periodStart: Date!", "periodEnd: Date!",
                     "enum RiskStatus {\n  OPEN\n  MEDIATING\n  RESOLVED\n  REFERRED\n  ESCALATED\n}",
                     "enum RiskLevel {\n  LOW\n  MEDIUM\n  HIGH\n  MAJOR\n}",
                     "enum ScreeningKind {\n  ROUTINE\n  SPECIAL\n  KEY_PERIOD\n}",
                     "policy: ScreeningPolicy", "screening: ScreeningRound", "riskItem: RiskItem", "category: DisputeCategory!",
                 })
            Assert.Contains(name, sdl.ReplaceLineEndings("\n"));
    }
}
