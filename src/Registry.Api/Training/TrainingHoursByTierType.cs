using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingHoursByTierType : ObjectGraphType<TrainingHoursBreakdown>
{
    public TrainingHoursByTierType()
    {
        Name = "TrainingHoursByTier";
        Field<NonNullGraphType<EnumerationGraphType<TrainingTier>>>("tier").Resolve(ctx => Enum.Parse<TrainingTier>(ctx.Source.Key));
        Field<NonNullGraphType<FloatGraphType>>("hours").Resolve(ctx => TrainingHours.ToHours((int)ctx.Source.Minutes));
        Field<NonNullGraphType<IntGraphType>>("attendanceCount").Resolve(ctx => (int)ctx.Source.AttendanceCount);
    }
}
