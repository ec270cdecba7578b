using PortalProbe.Analysis.Dates;
using static PortalProbe.Analysis.Tests.Dates.PublicationDatesTests;

namespace PortalProbe.Analysis.Tests.Dates;

/// <summary>The newest publication date of realistic government pages.</summary>
public sealed class NewestTests
{
    private const string NewsColumn =
        """
        首页 > 热线动态
        · 市12345热线召开2024年第一季度工作例会　　2024-04-12
        · 市12345热线获评全省优秀政务服务热线　　2024-03-28
        · 关于春节期间12345热线服务安排的公告　　2024-02-05
        共3条 第1页 咨询电话：0512-12345 苏ICP备05012345号-2
        """;

    private const string Article =
        """
        关于进一步规范12345热线工单办理时限的通知
        来源：市政务服务管理办公室　发布时间：2024年05月12日 10:30　浏览次数：1234　字号：[大 中 小]
        各区政府、市各委办局：为进一步提升诉求办理质效，现就有关事项通知如下……
        本通知自2024年7月1日起施行。
        """;

    private const string Reports =
        """
        数据公开 > 诉求数据
        2024年4月12345热线诉求数据分析报告
        2024年3月12345热线诉求数据分析报告
        2024年2月12345热线诉求数据分析报告
        """;

    private const string OfficialDocument =
        """
        苏州市人民政府办公室关于印发12345热线工作规范的通知
        苏府办〔2024〕35号
        ……
        苏州市人民政府办公室
        二〇二四年三月十五日
        （此件公开发布）
        """;

    private const string WeChatArticle = "原创 苏州12345 苏州12345 ２０２４年０５月２０日 １８：００ 江苏";

    private const string HotCasesWithoutDates =
        """
        热点诉求案例
        案例一：小区停车难问题得到解决
        市民张先生反映，小区周边停车位紧张。热线转办后，属地街道新增临时停车位120个。
        案例二：老旧小区加装电梯
        """;

    private const string Footer =
        "版权所有：苏州市12345政务服务便民热线　技术支持：某某科技有限公司 系统版本 v2024.5.12 ICP备案号：苏ICP备12345678号-1 网站标识码：3205000001 热线电话：12345";

    [TestCase(NewsColumn, "2024-04-12", TestName = "Newest_NewsColumnList_IsTheLatestItem")]
    [TestCase(Article, "2024-05-12", TestName = "Newest_ArticleWithLaterEffectiveDate_IgnoresTheFutureDate")]
    [TestCase(Reports, "2024-04-30", TestName = "Newest_MonthlyReports_IsTheLatestMonthsLastDay")]
    [TestCase(OfficialDocument, "2024-03-15", TestName = "Newest_OfficialDocument_IsItsSigningDate")]
    [TestCase(WeChatArticle, "2024-05-20", TestName = "Newest_WeChatArticleInFullWidth_IsItsDate")]
    public void Newest_RealisticPage_IsItsNewestDate(string page, string expected)
    {
        var newest = PublicationDates.Newest(page, new DateOnly(2024, 6, 15));

        Assert.That(newest?.Date, Is.EqualTo(Day(expected)));
    }

    [TestCase(HotCasesWithoutDates, TestName = "Newest_HotCasesWithoutDates_IsNull")]
    [TestCase(Footer, TestName = "Newest_FooterWithVersionPhoneAndLicenceNumbers_IsNull")]
    public void Newest_PageWithoutPublicationDate_IsNull(string page)
    {
        Assert.That(PublicationDates.Newest(page, new DateOnly(2024, 6, 15)), Is.Null);
    }

    [Test]
    public void Extract_Article_FindsTheLabelledDateAndTheEffectiveDate()
    {
        var found = PublicationDates.Extract(Article, new DateOnly(2024, 6, 15));

        Assert.That(found.Select(d => (d.Text, d.Label)), Is.EqualTo(new (string, string?)[]
        {
            ("2024年05月12日", "发布时间"),
            ("2024年7月1日", null),
        }));
    }

    [Test]
    public void Newest_DayAndMonthOnTheSameDay_PrefersTheDay()
    {
        var found = PublicationDates.Extract("2024年5月 数据报告（2024-05-31发布）", new DateOnly(2024, 6, 15));

        var newest = PublicationDates.Newest(found, new DateOnly(2024, 6, 15));

        Assert.That(newest?.Precision, Is.EqualTo(DatePrecision.Day));
        Assert.That(newest?.Date, Is.EqualTo(new DateOnly(2024, 5, 31)));
    }

    [Test]
    public void Newest_OnlyFutureDates_IsNull()
    {
        Assert.That(PublicationDates.Newest("报名截止：2024年7月1日", new DateOnly(2024, 6, 15)), Is.Null);
    }

    [Test]
    public void Newest_DateOnTheAsOfDay_Counts()
    {
        Assert.That(PublicationDates.Newest("[2024-06-15]", new DateOnly(2024, 6, 15))?.Date, Is.EqualTo(new DateOnly(2024, 6, 15)));
    }
}
