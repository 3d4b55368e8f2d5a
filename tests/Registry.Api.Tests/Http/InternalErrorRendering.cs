using GraphQL;
using GraphQL.Execution;
using Registry.Api.Http;

namespace Registry.Api.Tests.Http;

/// <summary>An error nobody foresaw reaches the client as a generic message and a code, never as .NET internals.</summary>
public class InternalErrorRendering
{
    [Fact]
    public void AnUnhandledErrorIsRenderedWithoutTheExceptionsTypeOrMessage()
    {
        var info = new RegistryErrorInfoProvider().GetInfo(
            new UnhandledError("Error trying to resolve field 'auditLog'.", new ArgumentOutOfRangeException("value", "secret detail")));
        Assert.Equal(InternalErrors.Message, info.Message);
        Assert.Equal(new Dictionary<string, object?> { ["code"] = "INTERNAL_ERROR" }, info.Extensions);
    }

    [Fact]
    public void AnExpectedErrorKeepsItsMessageAndCode()
    {
        var info = new RegistryErrorInfoProvider().GetInfo(new Registry.Api.Schema.Errors.InputError("year", "OUT_OF_RANGE", "year must be between 1949 and 2027."));
        Assert.Equal("year: year must be between 1949 and 2027.", info.Message);
        Assert.Equal("OUT_OF_RANGE", info.Extensions!["code"]);
    }
}
