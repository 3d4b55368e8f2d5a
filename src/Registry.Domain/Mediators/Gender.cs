namespace Registry.Domain.Mediators;

public enum Gender
{
    Male,
    Female,
}
