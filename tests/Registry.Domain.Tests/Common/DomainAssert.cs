using Registry.Domain.Common;

namespace Registry.Domain.Tests.Common;

/// <summary>Assertions on the errors a rule reports, by field and stable code.</summary>
public static class DomainAssert
{
    /// <summary>Asserts that <paramref name="act"/> fails with exactly one error, on <paramref name="field"/> with <paramref name="code"/>.</summary>
    public static DomainError FailsWith(Action act, string field, string code)
    {
        var exception = Assert.Throws<DomainException>(act);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(field, string.Join('.', error.Field));
        Assert.Equal(code, error.Code);
        return error;
    }
}
