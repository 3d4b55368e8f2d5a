namespace Registry.Api.UseCases;

/// <summary>
/// A use case with work that must read what it saved, in the same transaction: recounting rows derived from it in SQL
/// (training credits after attendance changes).
/// </summary>
public interface IAfterSave<in TResult>
{
    Task AfterSaveAsync(RegistryDbContext db, TResult result, CancellationToken ct);
}
