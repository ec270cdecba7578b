using System.Globalization;
using PortalProbe.Analysis.Dates;

namespace PortalProbe.Analysis.Tests.Dates;

/// <summary>Dates as Chinese government pages write them, one format at a time.</summary>
public sealed class PublicationDatesTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 15);

    [TestCase("2024年5月12日", "2024-05-12", DateFormat.ChineseYearMonthDay)]
    [TestCase("2024年05月02日", "2024-05-02", DateFormat.ChineseYearMonthDay)]
    [TestCase("2024 年 5 月 12 日", "2024-05-12", DateFormat.ChineseYearMonthDay)]
    [TestCase("2024-05-12", "2024-05-12", DateFormat.Hyphenated)]
    [TestCase("2024-5-2", "2024-05-02", DateFormat.Hyphenated)]
    [TestCase("2024-05-12T10:30:00", "2024-05-12", DateFormat.Hyphenated)]
    [TestCase("2024/5/12", "2024-05-12", DateFormat.Slashed)]
    [TestCase("2024/05/12 10:30", "2024-05-12", DateFormat.Slashed)]
    [TestCase("2024.05.12", "2024-05-12", DateFormat.Dotted)]
    [TestCase("[2024-05-12]", "2024-05-12", DateFormat.Hyphenated)]
    [TestCase("【2024-05-12】", "2024-05-12", DateFormat.Hyphenated)]
    [TestCase("2024-02-29", "2024-02-29", DateFormat.Hyphenated)]
    [TestCase("二〇二四年五月十二日", "2024-05-12", DateFormat.ChineseNumerals)]
    [TestCase("二〇二三年十二月三十一日", "2023-12-31", DateFormat.ChineseNumerals)]
    [TestCase("二○二四年十月一日", "2024-10-01", DateFormat.ChineseNumerals)]
    [TestCase("二〇二四年二月二十日", "2024-02-20", DateFormat.ChineseNumerals)]
    [TestCase("二〇二四年一月十日", "2024-01-10", DateFormat.ChineseNumerals)]
    [TestCase("２０２４－０５－１２", "2024-05-12", DateFormat.Hyphenated)]
    [TestCase("２０２４年５月１２日", "2024-05-12", DateFormat.ChineseYearMonthDay)]
    [TestCase("２０２４／５／１２", "2024-05-12", DateFormat.Slashed)]
    [TestCase("２０２４．０５．１２", "2024-05-12", DateFormat.Dotted)]
    public void Extract_DayFormat_FindsTheDay(string text, string expected, DateFormat format)
    {
        var found = PublicationDates.Extract(text, AsOf);

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Date, Is.EqualTo(Day(expected)));
        Assert.That(found[0].Format, Is.EqualTo(format));
        Assert.That(found[0].Precision, Is.EqualTo(DatePrecision.Day));
    }

    [TestCase("发布时间：2024-05-12 10:30", "发布时间")]
    [TestCase("发布时间:2024-05-12", "发布时间")]
    [TestCase("发布日期: 2024年5月12日", "发布日期")]
    [TestCase("更新时间：2024/5/12", "更新时间")]
    [TestCase("更新日期 2024.05.12", "更新日期")]
    [TestCase("发文日期：2024-05-12", "发文日期")]
    [TestCase("成文日期：2024年05月12日", "成文日期")]
    [TestCase("日期：2024-05-12", "日期")]
    [TestCase("时间：[2024-05-12]", "时间")]
    [TestCase("发布时间：２０２４－０５－１２　１０：３０", "发布时间")]
    [TestCase("发布日期：【2024-05-12】", "发布日期")]
    public void Extract_LabelledDate_KeepsTheLabel(string text, string label)
    {
        var found = PublicationDates.Extract(text, AsOf).Single();

        Assert.That(found.Date, Is.EqualTo(new DateOnly(2024, 5, 12)));
        Assert.That(found.Label, Is.EqualTo(label));
    }

    [TestCase("会议时间：2024-05-12")]
    [TestCase("办理期限 2024-05-12")]
    [TestCase("[2024-05-12]")]
    public void Extract_DateWithoutPublicationLabel_HasNoLabel(string text)
    {
        Assert.That(PublicationDates.Extract(text, AsOf).Single().Label, Is.Null);
    }

    [TestCase("2024年5月", "2024-05-31")]
    [TestCase("2024年02月12345热线数据分析", "2024-02-29")]   // the hotline's number right after the month
    [TestCase("2024年5月12345热线诉求数据分析报告", "2024-05-31")]
    [TestCase("截至2024年5月底", "2024-05-31")]
    [TestCase("2024年5月份诉求数据", "2024-05-31")]
    [TestCase("2023年12月月报", "2023-12-31")]
    [TestCase("2024年6月", "2024-06-15")]   // the current month stands for the as-of day, never a later one
    [TestCase("2024年7月", "2024-07-31")]   // a later month stays later; Newest leaves it out
    [TestCase("二〇二四年五月", "2024-05-31")]
    [TestCase("２０２４年５月", "2024-05-31")]
    public void Extract_MonthOnly_IsMonthPrecisionStandingForItsLatestDay(string text, string expected)
    {
        var found = PublicationDates.Extract(text, AsOf).Single();

        Assert.That(found.Precision, Is.EqualTo(DatePrecision.Month));
        Assert.That(found.Date, Is.EqualTo(Day(expected)));
    }

    [TestCase("5月12日", "2024-06-15", "2024-05-12")]
    [TestCase("6月15日", "2024-06-15", "2024-06-15")]   // the as-of day itself
    [TestCase("6月16日", "2024-06-15", "2023-06-16")]   // one day later: last year's
    [TestCase("12月30日", "2024-06-15", "2023-12-30")]
    [TestCase("12月31日", "2025-01-02", "2024-12-31")]   // across New Year
    [TestCase("1月1日", "2025-01-01", "2025-01-01")]
    [TestCase("2月29日", "2025-03-01", "2024-02-29")]
    [TestCase("2月29日", "2024-02-28", "2020-02-29")]   // the latest 2月29日 not after the as-of day
    [TestCase("５月１２日", "2024-06-15", "2024-05-12")]
    [TestCase("5 月 12 日，市12345热线召开工作会议", "2024-06-15", "2024-05-12")]
    public void Extract_MonthAndDay_InfersTheLatestYearNotAfterAsOf(string text, string asOf, string expected)
    {
        var found = PublicationDates.Extract(text, Day(asOf)).Single();

        Assert.That(found.Date, Is.EqualTo(Day(expected)));
        Assert.That(found.Format, Is.EqualTo(DateFormat.ChineseMonthDay));
    }

    [TestCase("2024-02-30", TestName = "Extract_February30_FindsNothing")]
    [TestCase("2023-02-29", TestName = "Extract_February29InCommonYear_FindsNothing")]
    [TestCase("2023年2月29日", TestName = "Extract_ChineseFebruary29InCommonYear_LeavesNoPieceBehind")]
    [TestCase("2024年2月30日", TestName = "Extract_ChineseFebruary30_LeavesNoPieceBehind")]
    [TestCase("2024-13-01", TestName = "Extract_Month13_FindsNothing")]
    [TestCase("2024/04/31", TestName = "Extract_April31_FindsNothing")]
    [TestCase("2024.00.12", TestName = "Extract_Month0_FindsNothing")]
    [TestCase("13月5日", TestName = "Extract_ChineseMonth13_FindsNothing")]
    [TestCase("二〇二四年十三月", TestName = "Extract_ChineseNumeralMonth13_FindsNothing")]
    [TestCase("1234-05-06", TestName = "Extract_YearBeforeTheWeb_FindsNothing")]
    [TestCase("2099-05-06", TestName = "Extract_YearFarAhead_FindsNothing")]
    [TestCase("v2024.5.12", TestName = "Extract_VersionString_FindsNothing")]
    [TestCase("V2024.05.12", TestName = "Extract_CapitalVersionString_FindsNothing")]
    [TestCase("系统版本 V 2024.05.12", TestName = "Extract_VersionWithSpace_FindsNothing")]
    [TestCase("版本号：2024.5.12", TestName = "Extract_LabelledVersion_FindsNothing")]
    [TestCase("No.2024-05-12", TestName = "Extract_NumberAfterAnAbbreviation_FindsNothing")]
    [TestCase("2024.5.12.3", TestName = "Extract_FourPartVersion_FindsNothing")]
    [TestCase("工单编号：2024-05-12-0001", TestName = "Extract_TicketNumberShapedLikeADate_FindsNothing")]
    [TestCase("受理单号 2024-05-12", TestName = "Extract_LabelledTicketNumber_FindsNothing")]
    [TestCase("工单号：GD202405120001", TestName = "Extract_CompactTicketNumber_FindsNothing")]
    [TestCase("20240512", TestName = "Extract_CompactDigits_FindsNothing")]
    [TestCase("2024-0512", TestName = "Extract_HalfCompactDigits_FindsNothing")]
    [TestCase("咨询电话：0512-12345", TestName = "Extract_PhoneNumber_FindsNothing")]
    [TestCase("联系电话：0571-85252000 传真：0571-85252001", TestName = "Extract_PhoneAndFax_FindsNothing")]
    [TestCase("服务热线 400-2024-512", TestName = "Extract_HotlineNumberWithYearLikeDigits_FindsNothing")]
    [TestCase("电话：2024-5-12", TestName = "Extract_LabelledPhoneShapedLikeADate_FindsNothing")]
    [TestCase("https://www.example.gov.cn/2024/05/12/art_1.html", TestName = "Extract_DateInsideAUrlPath_FindsNothing")]
    [TestCase("共受理诉求2024.5万件", TestName = "Extract_DecimalAmount_FindsNothing")]
    [TestCase("2024年度工作报告", TestName = "Extract_YearOnly_FindsNothing")]
    [TestCase("2024年1-5月，热线共受理诉求", TestName = "Extract_MonthRangeWithoutDay_FindsNothing")]
    [TestCase("2024年5月12号", TestName = "Extract_SpokenDayCharacter_FindsNothing")]
    [TestCase("二〇二四年五月十二", TestName = "Extract_ChineseNumeralsWithoutDayCharacter_FindsNothing")]
    [TestCase("农历5月5日端午节", TestName = "Extract_LunarDate_FindsNothing")]
    [TestCase("192.168.10.12", TestName = "Extract_IpAddress_FindsNothing")]
    [TestCase("苏ICP备12345678号-1 网站标识码：3205000001", TestName = "Extract_SiteFooterNumbers_FindsNothing")]
    [TestCase("", TestName = "Extract_EmptyText_FindsNothing")]
    public void Extract_NotADate_FindsNothing(string text)
    {
        Assert.That(PublicationDates.Extract(text, AsOf), Is.Empty);
    }

    [Test]
    public void Extract_FullWidthDate_ReportsTheOriginalSpanAndText()
    {
        const string text = "发布时间：２０２４－０５－１２　１０：３０";

        var found = PublicationDates.Extract(text, AsOf).Single();

        Assert.That((found.Start, found.Length), Is.EqualTo((5, 10)));
        Assert.That(found.Text, Is.EqualTo("２０２４－０５－１２"));
        Assert.That(text.Substring(found.Start, found.Length), Is.EqualTo(found.Text));
    }

    [Test]
    public void Extract_TextThatGrowsUnderNfkc_KeepsSpansInTheOriginal()
    {
        // ㍻ (one character) becomes 平成 (two) under NFKC; the span must still point into the original text.
        const string text = "㍻㍻ 日期：2024年5月12日";

        var found = PublicationDates.Extract(text, AsOf).Single();

        Assert.That(found.Start, Is.EqualTo(6));
        Assert.That(found.Text, Is.EqualTo("2024年5月12日"));
        Assert.That(found.Label, Is.EqualTo("日期"));
    }

    [Test]
    public void Extract_SeveralDates_AreInReadingOrderWithTheirSpans()
    {
        const string text = "[2024-05-12] 关于端午节期间热线服务的通知\n[2024-04-30] 二〇二四年四月三十日印发";

        var found = PublicationDates.Extract(text, AsOf);

        Assert.That(found.Select(d => (d.Start, d.Text, d.Format)), Is.EqualTo(new[]
        {
            (1, "2024-05-12", DateFormat.Hyphenated),
            (text.IndexOf("2024-04-30", StringComparison.Ordinal), "2024-04-30", DateFormat.Hyphenated),
            (text.IndexOf("二〇", StringComparison.Ordinal), "二〇二四年四月三十日", DateFormat.ChineseNumerals),
        }));
    }

    [Test]
    public void Extract_NullText_Throws()
    {
        Assert.That(() => PublicationDates.Extract(null!, AsOf), Throws.ArgumentNullException);
    }

    internal static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
