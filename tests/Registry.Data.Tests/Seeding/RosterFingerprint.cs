using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Tests.Seeding;

/// <summary>Every seeded row as text, in id order, and a hash of it: equal fingerprints mean identical data.</summary>
internal static class RosterFingerprint
{
    public static async Task<(List<string> Lines, string Hash)> OfAsync(RegistryDbContext db)
    {
        var lines = new List<string>();
        lines.AddRange((await db.Committees.AsNoTracking().OrderBy(c => c.Id).ToListAsync()).Select(c =>
            $"C|{c.Id}|{c.Name}|{c.Kind}|{c.RegionCode}|{c.EstablishedOn}|{c.DissolvedOn}|{c.Sector}|{c.HostInstitution}|{c.HasFullTimeConditions}|{c.HasPartyOrganisation}|{c.Uniformities}|{c.Implementations}"));
        lines.AddRange((await db.Mediators.AsNoTracking().OrderBy(m => m.Id).ToListAsync()).Select(m =>
            $"M|{m.Id}|{m.Name}|{m.IdNumber}|{m.Phone}|{m.Ethnicity}|{m.Education}|{m.PoliticalStatus}|{m.Background}"));
        lines.AddRange((await db.Appointments.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a =>
            $"A|{a.Id}|{a.MediatorId}|{a.CommitteeId}|{a.Role}|{a.Employment}|{a.StartDate}|{a.EndDate}"));
        lines.AddRange((await db.BrandStudios.AsNoTracking().Include(s => s.Members).OrderBy(s => s.Id).ToListAsync()).Select(s =>
            $"S|{s.Id}|{s.Name}|{s.Kind}|{s.HostCommitteeId}|{s.LeadMediatorId}|{s.NamingLevel}|{s.NamedOn}|{string.Join(',', s.Specialities)}|{string.Join(',', s.Members.Select(m => m.MediatorId).Order())}"));
        lines.AddRange((await db.Experts.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Select(e =>
            $"E|{e.Id}|{e.ExpertPoolId}|{e.Name}|{e.Discipline}|{e.Profession}|{e.Organisation}|{e.TermStart}|{e.TermEnd}"));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return (lines, hash);
    }
}
