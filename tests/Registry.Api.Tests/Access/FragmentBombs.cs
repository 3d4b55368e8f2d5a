using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Registry.Api.Tests.Access;

/// <summary>
/// Documents that are small but expand enormously (fragments that each spread the previous one twice) are priced by
/// their size: refused at once, not after expanding them.
/// </summary>
public sealed class FragmentBombs(SqliteApp app, ITestOutputHelper output) : IClassFixture<SqliteApp>
{
    /// <summary>F0 selects one field; F(n) spreads F(n-1) twice: the operation expands to 2^levels fields.</summary>
    private static string SpreadTwice(int levels)
    {
        var text = new StringBuilder($"{{ ...F{levels} }}\nfragment F0 on Query {{ region(code: \"13\") {{ name }} }}\n");
        for (var i = 1; i <= levels; i++) text.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        return text.ToString();
    }

    /// <summary>The same under aliases, so the copies do not even merge: F(n) selects F(n-1) under two parents.</summary>
    private static string AliasedTwice(int levels)
    {
        var text = new StringBuilder($"{{ region(code: \"130102\") {{ ...F{levels} }} }}\nfragment F0 on Region {{ name }}\n");
        for (var i = 1; i <= levels; i++) text.Append($"fragment F{i} on Region {{ a: parent {{ ...F{i - 1} }} b: parent {{ ...F{i - 1} }} }}\n");
        return text.ToString();
    }

    private async Task<(JsonObject Response, TimeSpan Took)> Timed(string document)
    {
        var clock = Stopwatch.StartNew();
        var response = await app.Anonymous.GraphQL(document);
        output.WriteLine($"{document.Length} characters refused in {clock.Elapsed.TotalMilliseconds:0.0} ms");
        return (response, clock.Elapsed);
    }

    [Fact]
    public async Task FortyLevelsOfDoubleSpreadsAreRefusedAsTooComplexWellUnderASecond()
    {
        await app.Anonymous.GraphQL("{ __typename }"); // the first request of a host pays for start-up
        var (response, took) = await Timed(SpreadTwice(40));
        for (var i = 0; i < 3; i++) await Timed(SpreadTwice(40));
        Assert.Null(response["data"]);
        Assert.Equal("QUERY_TOO_COMPLEX", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(took < TimeSpan.FromMilliseconds(500), $"refused after {took.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task FortyLevelsOfAliasedSpreadsAreRefusedAsTooDeepWellUnderASecond()
    {
        await app.Anonymous.GraphQL("{ __typename }");
        var (response, took) = await Timed(AliasedTwice(40));
        for (var i = 0; i < 3; i++) await Timed(AliasedTwice(40));
        Assert.Null(response["data"]);
        Assert.Equal("QUERY_TOO_DEEP", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(took < TimeSpan.FromMilliseconds(500), $"refused after {took.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task ManySpreadsAreRefusedBeforeTheirPairsAreCompared()
    {
        // 640 one-field fragments spread side by side: the core merge check alone took 4 s over them.
        var flat = new StringBuilder("{ " + string.Join(" ", Enumerable.Range(1, 640).Select(i => $"...F{i}")) + " }\n");
        for (var i = 1; i <= 640; i++) flat.Append($"fragment F{i} on Query {{ __typename }}\n");
        await app.Anonymous.GraphQL("{ __typename }");
        var (response, took) = await Timed(flat.ToString());
        Assert.Equal("TOO_MANY_FRAGMENTS", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("The query spreads fragments 640 times; at most 100 are allowed (inline fragments included).", response["errors"]![0]!["message"]!.GetValue<string>());
        Assert.True(took < TimeSpan.FromMilliseconds(500), $"refused after {took.TotalMilliseconds:0} ms");

        var hundred = new StringBuilder("{ " + string.Join(" ", Enumerable.Range(1, 100).Select(i => $"...F{i}")) + " }\n");
        for (var i = 1; i <= 100; i++) hundred.Append($"fragment F{i} on Query {{ __typename }}\n");
        Assert.Equal("Query", (await app.Anonymous.Data(hundred.ToString()))["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task ByGetTooTheBombIsRefusedAsTooComplex()
    {
        using var client = app.Anonymous.Client();
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(SpreadTwice(40)));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("QUERY_TOO_COMPLEX", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"refused after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task AFragmentIsPricedAsItsFieldsWhereverItIsSpread()
    {
        // F1 = region (1) + name (1) = 2; spread twice = 4; the root adds nothing.
        var response = await app.Anonymous.GraphQL(SpreadTwice(1));
        Assert.Equal(4, response["extensions"]!["cost"]!["complexity"]!.GetValue<double>());
        Assert.Equal(2, response["extensions"]!["cost"]!["depth"]!.GetValue<int>());
        Assert.Equal("河北省", response["data"]!["region"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AConnectionIsPricedByFirstAndItsNodesOnce()
    {
        // committees 1 + 7 × (nodes 1 + name 1 + appointments 1 + 5 × (role 1)) = 1 + 7 × 8 = 57
        var response = await app.Anonymous.GraphQL("{ committees(first: 7) { nodes { name appointments { role } } } }");
        Assert.Equal(57, response["extensions"]!["cost"]!["complexity"]!.GetValue<double>());
    }
}
