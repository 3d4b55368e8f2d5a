using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingHoursByFormType : ObjectGraphType<TrainingHoursBreakdown>
{
    public TrainingHoursByFormType()
    {
        Name = "TrainingHoursByForm";
        Field<NonNullGraphType<EnumerationGraphType<TrainingForm>>>("form").Resolve(ctx => Enum.Parse<TrainingForm>(ctx.Source.Key));
        Field<NonNullGraphType<FloatGraphType>>("hours").Resolve(ctx => TrainingHours.ToHours((int)ctx.Source.Minutes));
        Field<NonNullGraphType<IntGraphType>>("attendanceCount").Resolve(ctx => (int)ctx.Source.AttendanceCount);
    }
}
