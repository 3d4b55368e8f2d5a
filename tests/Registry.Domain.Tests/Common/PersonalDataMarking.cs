using System.Reflection;
using Registry.Domain.Common;
using Registry.Domain.Mediators;

namespace Registry.Domain.Tests.Common;

/// <summary>The one list of personal data is the properties marked <see cref="PersonalDataAttribute"/>.</summary>
public sealed class PersonalDataMarking
{
    [Fact]
    public void IdNumberPhoneAndBirthDateAreTheMediatorsPersonalData()
    {
        var marked = typeof(Mediator).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is not null)
                .Select(p => $"{t.Name}.{p.Name}:{p.GetCustomAttribute<PersonalDataAttribute>()!.Kind}"))
            .Order().ToList();
        Assert.Equal(["Mediator.BirthDate:Hidden", "Mediator.IdNumber:IdNumber", "Mediator.Phone:Phone"], marked);
    }

    [Fact]
    public void EachKindHasItsMask()
    {
        Assert.Equal("110105********002X", PersonalDataMask.Apply(PersonalDataKind.IdNumber, "11010519491231002X"));
        Assert.Equal("138****8000", PersonalDataMask.Apply(PersonalDataKind.Phone, "13800138000"));
        Assert.Equal("***", PersonalDataMask.Apply(PersonalDataKind.Hidden, new DateOnly(1949, 12, 31)));
        Assert.Null(PersonalDataMask.Apply(PersonalDataKind.Phone, null));
    }
}
