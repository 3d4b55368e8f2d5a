using System.Net;
using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Http;

/// <summary>Each client gets its own allowance of requests a minute; going over it is a clear 429, never a silent drop.</summary>
public sealed class ClientRateLimitTests(ClientRateLimitTests.StingyApp app) : IClassFixture<ClientRateLimitTests.StingyApp>
{
    public sealed class StingyApp() : RegistryApp(Registry.Data.DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:RequestsPerMinute", "3");
        }
    }

    [Fact]
    public async Task TheFourthRequestInAMinuteIs429ForThatCallerOnly()
    {
        var organiser = new ApiSession(app, app.Token(Role.TrainingOrganiser, "5107", subject: "organiser-a"));
        var other = new ApiSession(app, app.Token(Role.TrainingOrganiser, "5107", subject: "organiser-b"));

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await organiser.Post("{ __typename }")).StatusCode);
        using var refused = await organiser.Post("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("3 a minute", error["message"]!.GetValue<string>());
        // Another caller has its own allowance, and health probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await other.Post("{ __typename }")).StatusCode);
        using var client = app.Client();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
