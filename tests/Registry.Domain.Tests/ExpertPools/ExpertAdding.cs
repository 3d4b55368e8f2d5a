using Registry.Domain.Common;
using Registry.Domain.ExpertPools;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.ExpertPools;

public class ExpertAdding
{
    private static readonly ExpertPool Pool = ExpertPool.Create("绵阳市调解专家库", "5107", new DateOnly(2019, 3, 1));

    [Fact]
    public void RecordsTheExpertAndTerm()
    {
        var expert = Expert.Add(Pool, " 刘明 ", ExpertDiscipline.Law, ExpertProfession.Lawyer, "四川某律师事务所",
            new DateOnly(2019, 3, 1), new DateOnly(2022, 2, 28));

        Assert.Equal("刘明", expert.Name);
        Assert.Equal(ExpertDiscipline.Law, expert.Discipline);
        Assert.Equal(ExpertProfession.Lawyer, expert.Profession);
        Assert.Equal("四川某律师事务所", expert.Organisation);
        Assert.Equal(new DateOnly(2019, 3, 1), expert.TermStart);
        Assert.Equal(new DateOnly(2022, 2, 28), expert.TermEnd);
    }

    [Fact]
    public void RejectsATermEndingBeforeItStarts()
    {
        DomainAssert.FailsWith(
            () => Expert.Add(Pool, "刘明", ExpertDiscipline.Law, ExpertProfession.Lawyer, null, new DateOnly(2020, 1, 1), new DateOnly(2019, 12, 31)),
            "termEnd", ErrorCodes.OutOfRange);
    }

    [Fact]
    public void AllowsAnOpenOrOneDayTerm()
    {
        var open = Expert.Add(Pool, "刘明", ExpertDiscipline.Medicine, ExpertProfession.Doctor, null, new DateOnly(2020, 1, 1), null);
        var oneDay = Expert.Add(Pool, "王丽", ExpertDiscipline.Psychology, ExpertProfession.Psychologist, null, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1));

        Assert.Null(open.TermEnd);
        Assert.Equal(new DateOnly(2020, 1, 1), oneDay.TermEnd);
    }

    [Fact]
    public void RejectsATermStartingBeforeThePoolExisted()
    {
        DomainAssert.FailsWith(
            () => Expert.Add(Pool, "刘明", ExpertDiscipline.Law, ExpertProfession.Lawyer, null, new DateOnly(2019, 2, 28), null),
            "termStart", ErrorCodes.OutOfRange);
    }
}
