namespace Registry.Domain.Common;

/// <summary>
/// A record edited by people who may not see each other's edits: every change bumps <see cref="Version"/>, and an
/// update must name the version it was based on, so a stale edit is refused rather than silently overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
