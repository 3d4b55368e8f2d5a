using Registry.Data.Reports.Sql;
using Registry.Data.Reports.Training;

namespace Registry.Data.Tests.Reports;

public sealed class ReportSqlWriting
{
    [Fact]
    public void ANameBindsOneValueAndIsWrittenAsAPlaceholder()
    {
        var sql = new SqlStatement().Write(s => $"a.start_date <= {s.Bind("day", new DateOnly(2026, 11, 22))} AND a.end_date >= {s.Bind("day", new DateOnly(2026, 11, 22))} AND x = {s.Bind(7)}");
        Assert.Equal("a.start_date <= @day AND a.end_date >= @day AND x = @p1", sql.Text);
        Assert.Equal(new DateOnly(2026, 11, 22), sql.Values["day"]);
        Assert.Equal(7, sql.Values["p1"]);
        Assert.Throws<InvalidOperationException>(() => new SqlStatement().Write(s => s.Bind("day", new DateOnly(2026, 1, 1)) + s.Bind("day", new DateOnly(2026, 1, 2))));
    }

    [Fact]
    public void TrainingComplianceInSqlIsWrittenFromEveryMeasureOfTrainingStanding()
    {
        var text = TrainingSql.Compliant(m => ($"done_{m}", $"required_{m}"));
        Assert.Equal("done_Hours >= required_Hours AND done_PracticalSessions >= required_PracticalSessions", text);
    }

    [Fact]
    public void RosterRulesInSqlNameTheirTableAndDay()
    {
        Assert.Equal("a.start_date <= @day AND (a.end_date IS NULL OR a.end_date >= @day)", RosterSql.AppointmentInForce("a", "@day"));
        Assert.Equal("c.established_on <= @d AND (c.dissolved_on IS NULL OR c.dissolved_on >= @d)", RosterSql.CommitteeExists("c", "@d"));
    }
}
