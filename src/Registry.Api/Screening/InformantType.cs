using Registry.Api.Access;
using Registry.Api.Committees;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Access;
using Registry.Domain.Mediators;
using Registry.Domain.Screening;

using Registry.Domain.Committees;

namespace Registry.Api.Screening;

public sealed class InformantType : ObjectGraphType<Informant>
{
    public InformantType()
    {
        Name = "Informant";
        Description = "An information officer or volunteer (信息员, 志愿者) on a committee's roster for a term.";
        this.IsNode("Informant");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(ctx => ctx.LoadById<Committee>(ctx.Source.CommitteeId));
        Field(i => i.RegionCode);
        Field(i => i.Name);
        Field(i => i.Role, type: typeof(NonNullGraphType<EnumerationGraphType<InformantRole>>));
        Field<NonNullGraphType<BooleanGraphType>>("informationOfficer")
            .Description("True for 信息员 roles (they count towards village coverage), false for volunteers.")
            .Resolve(ctx => InformantRoles.IsInformationOfficer(ctx.Source.Role));
        Field(i => i.TermFrom);
        Field(i => i.TermTo, nullable: true);
        Field<StringGraphType>("idNumber")
            .Description("Personal data: whole for a BUREAU_ADMIN whose jurisdiction covers the informant's region (each read audited), masked otherwise.")
            .Resolve(ctx => Reveal(ctx, i => i.IdNumber, i => i.IdNumber is null ? null : ResidentIdNumber.Mask(i.IdNumber)));
        Field<StringGraphType>("phone").Description("Personal data, shown like idNumber (masked 138****8000).")
            .Resolve(ctx => Reveal(ctx, i => i.Phone, i => i.Phone is null ? null : PhoneNumber.Mask(i.Phone)));
    }

    /// <summary>As a mediator's personal fields (<c>PersonalDataFields</c>), judged by the informant's own region.</summary>
    private static string? Reveal(IResolveFieldContext<Informant> ctx, Func<Informant, string?> whole, Func<Informant, string?> masked)
    {
        var caller = ctx.Caller();
        if (!caller.IsSignedIn) return null;
        if (!caller.Can(Permission.ReadPersonalData) || !caller.Covers(ctx.Source.RegionCode)) return masked(ctx.Source);
        ctx.Service<Auditing.PersonalDataReads>().AddInformant(ctx.Source.Id);
        return whole(ctx.Source);
    }
}
