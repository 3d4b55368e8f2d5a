using Registry.Api.Access;
using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Domain.Access;
using Registry.Domain.Certificates;
using Registry.Domain.Mediators;
using Reports = Registry.Data.Reports.Grading.CertificateQueries;

namespace Registry.Api.Certificates;

public sealed class CertificateQueries : IQueryFields
{
    public const int MaxWithinDays = 3660;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<MediatorType, Mediator>>>("uncertifiedServing").Requires(Permission.ReadReports)
            .Description("Mediators with an appointment in force on asOf (default today) at a committee in the region and no valid certificate that day.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true, nation: true))!;
                var request = PageRequest.From(ctx);
                var ids = await Reports.UncertifiedServingAsync(ctx.Db(), regionCode, ctx.AsOf(), ctx.CancellationToken);
                var page = InMemoryPaging.ToPage(ids, id => id, request);
                var wanted = page.Nodes.ToList();
                var mediators = await ctx.Db().Mediators.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ctx.CancellationToken);
                return new Page<Mediator>(wanted.Select(id => mediators[id]).ToList(), page.Cursors, page.HasNextPage, page.HasPreviousPage, page.TotalCount);
            });

        query.Field<NonNullGraphType<ConnectionType<CertificateType, Certificate>>>("expiringCertificates").Requires(Permission.ReadReports)
            .Description("ACTIVE certificates issued in the region whose validity ends within withinDays of asOf (default today), asOf included.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<IntGraphType>>("withinDays")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true, nation: true))!;
                var within = WithinDays(ctx.GetArgument<int>("withinDays"));
                return await Reports.Expiring(ctx.Db(), regionCode, within, ctx.AsOf())
                    .ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });

        query.Field<CertificateVerificationType>("verifyCertificate").Public()
            .Description("Public: checks a certificate number — holder's name, status today, validity and issuer; null when no certificate has it.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(async ctx =>
            {
                var number = ctx.GetArgument<string>("number").Trim();
                if (number.Length > CertificateNumber.MaxLength)
                    throw new InputError("number", ErrorCodes.TooLong, $"number must be at most {CertificateNumber.MaxLength} characters.");
                var db = ctx.Db();
                var certificate = await db.Certificates.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Number == number, ctx.CancellationToken);
                if (certificate is null) return null;
                var holder = await db.Mediators.Where(m => m.Id == certificate.MediatorId).Select(m => m.Name).SingleAsync(ctx.CancellationToken);
                var today = ctx.Today();
                return new CertificateVerification(certificate.Number, holder, certificate.StatusOn(today) ?? CertificateStatus.Active,
                    certificate.ValidFrom(today), certificate.ValidUntil, certificate.RegionCode);
            });
    }

    public static int WithinDays(int days) => days is < 0 or > MaxWithinDays
        ? throw new InputError("withinDays", ErrorCodes.OutOfRange, $"withinDays must be between 0 and {MaxWithinDays}.")
        : days;
}
