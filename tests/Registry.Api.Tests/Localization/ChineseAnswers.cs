using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Localization;

/// <summary>
/// With <c>Accept-Language: zh-CN</c> the API's messages are Chinese — userErrors, GraphQL refusals, upload row
/// errors — with codes and fields unchanged; without it they stay English.
/// </summary>
public abstract class ChineseAnswers(RegistryApp app)
{
    private const string CreateCommittee = "mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { committee { id } userErrors { field message code } } }";

    private static async Task<JsonObject> PostAsync(HttpClient client, string query, object variables, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Theory]
    [InlineData("zh-CN", "name 不能为空。")]
    [InlineData("zh-Hans;q=0.9, en;q=0.5", "name 不能为空。")]
    [InlineData("zh", "name 不能为空。")]
    [InlineData(null, "name must not be empty.")]
    [InlineData("en-US, zh-CN;q=0.8", "name must not be empty.")]
    [InlineData("zh-TW", "name must not be empty.")]
    public async Task AUserErrorSpeaksTheLanguageAskedForWithItsCodeAndFieldUnchanged(string? language, string message)
    {
        using var client = app.Admin.Client();
        var body = await PostAsync(client, CreateCommittee,
            new { input = Infrastructure.Roster.CommitteeInput("419001001", "TOWNSHIP", "2015-01-01", false, "   ") }, language);
        var error = Assert.Single(body["data"]!["createCommittee"]!["userErrors"]!.AsArray())!;
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal("REQUIRED", error["code"]!.GetValue<string>());
        Assert.Equal("name", Assert.Single(error["field"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task ARefusedReportIsWordedInChinese()
    {
        using var client = app.As(Role.BureauAdmin, "419001").Client();
        var body = await PostAsync(client, "{ staffingCompliance(regionCode: \"5107\") { committeeCount } }", new { }, "zh-CN");
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("regionCode：区划 5107 不在您的辖区（419001）内。", error["message"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUploadsRowErrorsAreWordedInChinese()
    {
        using var client = app.Admin.Client();
        var csv = "案件编号,调委会ID,纠纷类别,难易程度,主办调解员,受理日期,结案日期,调解结果\r\nZH-1,x,邻里纠纷,一般,x,2026-13-40,,\r\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports/cases?sourcePlatform=zh-test")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        var date = Assert.Single(errors, e => e!["field"]?.GetValue<string>() == "receivedOn")!;
        Assert.Equal(2, date["row"]!.GetValue<int>());
        Assert.Equal("INVALID", date["code"]!.GetValue<string>());
        Assert.Equal("“2026-13-40”不是日期（yyyy-MM-dd）。", date["message"]!.GetValue<string>());
        Assert.Equal("zh-CN", response.Content.Headers.ContentLanguage.Single());
    }
}

public sealed class SqliteChineseAnswers(SqliteApp app) : ChineseAnswers(app), IClassFixture<SqliteApp>;

public sealed class PostgresChineseAnswers(PostgresApp app) : ChineseAnswers(app), IClassFixture<PostgresApp>;
