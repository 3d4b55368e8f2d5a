using Registry.Api.Cases;
using Registry.Api.Appointments;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Api.Training;
using Registry.Api.Grading;
using Registry.Domain.Appointments;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class MediatorType : ObjectGraphType<Mediator>
{
    public MediatorType()
    {
        Name = "Mediator";
        Description = "A people's mediator (人民调解员).";
        this.IsNode("Mediator");
        Field(m => m.Name);
        Field(m => m.Gender, type: typeof(NonNullGraphType<EnumerationGraphType<Gender>>));
        Field<Schema.Scalars.CalendarDateGraphType>("birthDate")
            .Description("Personal data: only for a BUREAU_ADMIN whose jurisdiction covers the mediator (one of their committees, or the registering region until appointed); otherwise null.")
            .Resolve(ctx => PersonalDataFields.Reveal<DateOnly?>(ctx, m => m.BirthDate, _ => null));
        Field<StringGraphType>("idNumber")
            .Description("Resident ID number (公民身份号码). Whole for a BUREAU_ADMIN whose jurisdiction covers the mediator (audited), " +
                         "masked (130102********1234) for other signed-in callers, null for the public.")
            .Resolve(ctx => PersonalDataFields.Reveal(ctx, m => m.IdNumber, m => ResidentIdNumber.Mask(m.IdNumber)));
        Field<StringGraphType>("phone")
            .Description("Personal data, shown like idNumber (masked 138****8000).")
            .Resolve(ctx => PersonalDataFields.Reveal(ctx, m => m.Phone, m => m.Phone is null ? null : PhoneNumber.Mask(m.Phone)));
        Field(m => m.Ethnicity, nullable: true).Description("民族.");
        Field(m => m.Education, type: typeof(EnumerationGraphType<Education>));
        Field(m => m.PoliticalStatus, type: typeof(EnumerationGraphType<PoliticalStatus>));
        Field(m => m.Background, type: typeof(NonNullGraphType<EnumerationGraphType<ProfessionalBackground>>))
            .Description("Professional background (专业背景).");
        Field(m => m.RegisteringRegionCode, nullable: true)
            .Description("The region of the bureau that registered the mediator; until they are appointed, its jurisdiction covers them. " +
                         "Null when registered nationwide or before this was recorded.");
        Field(m => m.Version).Description("Bumped by every change; pass it back to updateMediator.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("appointments")
            .Description("Every appointment, past and present, oldest first.")
            .Resolve(ctx => ctx.AppointmentsOfMediator(ctx.Source.Id));
        Field<EnumerationGraphType<Employment>>("employment")
            .Description("FULL_TIME if any appointment in force on asOf (default today) is full-time, PART_TIME if only part-time ones are, null if none.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                return ctx.AppointmentsOfMediator(ctx.Source.Id).Then(list =>
                {
                    var active = list.Where(a => a.IsActiveOn(asOf)).ToList();
                    return active.Count == 0 ? (Employment?)null
                        : active.Any(a => a.Employment == Employment.FullTime) ? Employment.FullTime : Employment.PartTime;
                });
            });
        this.AddCaseStats();
        this.AddTrainingFields();
        this.AddGradingFields();
    }
}
