using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Registry.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Registry.Api.Tests.Schema;

/// <summary>
/// schema/registry.graphql is the printed SDL clients code against; it must equal the live schema. After an intended
/// change, regenerate it with <c>UPDATE_SCHEMA=1 dotnet test --filter SchemaFile</c> and review the diff.
/// </summary>
public sealed class SchemaFile(SqliteApp app) : IClassFixture<SqliteApp>
{
    private string LiveSdl()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    [Fact]
    public void CommittedSchemaFileMatchesTheLiveSchema()
    {
        var path = Path.Combine(RepositoryRoot(), "schema", "registry.graphql");
        var live = LiveSdl();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, live);
        Assert.True(File.Exists(path), $"{path} is missing: run UPDATE_SCHEMA=1 dotnet test --filter SchemaFile");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), live);
    }

    [Fact]
    public void SdlMatchesItsSnapshot() => Snapshot.Match(LiveSdl());

    [Fact]
    public void ContractNamesArePresent()
    {
        var sdl = LiveSdl();
        foreach (var name in new[]
                 {
                     "node(id: ID!): Node", "interface Node", "committees(", "mediators(", "brandStudios(", "expertPools(",
                     "createCommittee(input: CreateCommitteeInput!): CreateCommitteePayload!",
                     "registerMediator(input: RegisterMediatorInput!): RegisterMediatorPayload!",
                     "appointMediator(input: AppointMediatorInput!): AppointMediatorPayload!",
                     "endAppointment(input: EndAppointmentInput!): EndAppointmentPayload!",
                     "updateCommittee(", "dissolveCommittee(", "updateMediator(", "createBrandStudio(", "createExpertPool(", "addExpert(",
                     "scalar Date", "type UserError",
                 })
            Assert.Contains(name, sdl);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mediation.Registry.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Mediation.Registry.sln not found above the test binaries.");
    }
}
