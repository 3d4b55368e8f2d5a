using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Tests.Seeding;

[Collection(SeededCollection.Name)]
public sealed class RegionImport(SeededDatabase database)
{
    [Fact]
    public async Task ImportsEveryRowOfTheSeedFile()
    {
        await using var db = database.NewContext();
        Assert.Equal(113_415, database.ImportedRegions);
        Assert.Equal(113_415, await db.Regions.CountAsync());
    }

    [Fact]
    public async Task JiyuansChildrenAreItsTownships()
    {
        await using var db = database.NewContext();
        var children = await db.Regions.Where(r => r.ParentCode == "419001").OrderBy(r => r.Code).ToListAsync();

        Assert.Equal(16, children.Count);
        Assert.All(children, r => Assert.Equal(RegionLevel.Township, r.Level));
        Assert.All(children, r => Assert.Matches("^419001[0-9]{3}$", r.Code));
        Assert.Equal("济源市沁园街道", children[0].Name);
    }
}
