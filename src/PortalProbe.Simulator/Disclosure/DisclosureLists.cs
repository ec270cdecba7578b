using System.Globalization;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Disclosure;

/// <summary>
/// The appeal-data reports and hot cases a portal publishes, dated relative to its as-of date and derived from the
/// city and the fault seed (never from chance): recent reports are at most 30 days old, recent cases at most 9;
/// stale reports are 200 to 420 days old, stale cases 45 to 200; undated lists carry no dates at all.
/// </summary>
internal static class DisclosureLists
{
    private const int Count = 6;

    private static readonly string[] CaseTopics =
    [
        "老旧小区加装电梯", "校外培训机构退费", "农民工工资拖欠", "小区噪音扰民", "公交线路调整", "燃气费用异常",
        "道路积水", "企业开办一件事", "医保异地就医备案", "新生儿落户", "物业服务纠纷", "占道经营",
    ];

    public static IReadOnlyList<DisclosureItem> Reports(PortalPersonality portal, DateOnly asOf)
    {
        var newest = Newest(portal, asOf, "reports", portal.DataReports.Freshness, (3, 30), (200, 420));
        return [.. Enumerable.Range(0, Count).Select(i =>
        {
            var published = newest.AddMonths(-i);
            var month = published.AddMonths(-1);
            var title = string.Create(CultureInfo.InvariantCulture, $"{portal.CityName}12345热线{month.Year}年{month.Month}月运行情况报告");
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{month.Month}月共受理群众诉求{12000 + (FaultSchedule.Roll(portal.Faults.Seed, portal.CityCode, "reports-count", i + 1) * 137)}件，按时办结率98%以上。");
            return new DisclosureItem(title, Dated(portal.DataReports, published), summary);
        })];
    }

    public static IReadOnlyList<DisclosureItem> Cases(PortalPersonality portal, DateOnly asOf)
    {
        var newest = Newest(portal, asOf, "cases", portal.HotCases.Freshness, (1, 9), (45, 200));
        var offset = FaultSchedule.Roll(portal.Faults.Seed, portal.CityCode, "case-topics", 1);
        return [.. Enumerable.Range(0, Count).Select(i =>
        {
            var topic = CaseTopics[(offset + i) % CaseTopics.Length];
            var published = newest.AddDays(-9 * i);
            return new DisclosureItem($"关于{topic}问题的诉求办理案例", Dated(portal.HotCases, published), $"市民反映{topic}问题，经相关部门协调，问题已妥善解决。");
        })];
    }

    /// <summary>The newest item's date of a list with this freshness.</summary>
    private static DateOnly Newest(PortalPersonality portal, DateOnly asOf, string list, DisclosureFreshness freshness, (int Min, int Max) recent, (int Min, int Max) stale)
    {
        var (min, max) = freshness == DisclosureFreshness.Stale ? stale : recent;
        var roll = FaultSchedule.Roll(portal.Faults.Seed, portal.CityCode, "disclosure:" + list, 1);
        return asOf.AddDays(-(min + (roll % (max - min + 1))));
    }

    private static DateOnly? Dated(DisclosureSection section, DateOnly date) =>
        section.Freshness == DisclosureFreshness.Undated ? null : date;
}
