using Registry.Data.Reports.Sql;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

/// <summary>Hours credited under one tier or form (key is the enum's name).</summary>
public sealed record TrainingHoursBreakdown(string Key, long Minutes, long AttendanceCount);
