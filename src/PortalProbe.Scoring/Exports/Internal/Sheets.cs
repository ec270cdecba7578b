using PortalProbe.Scoring.Scores;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports.Internal;

/// <summary>The tables every format shares, with Chinese headers that carry the indicator ids.</summary>
internal static class Sheets
{
    private static readonly string[] LevelNames = ["", "一级指标", "二级指标", "三级指标"];

    /// <summary>Sheet names: city scores at one level.</summary>
    public static string CityScoresName(int level) => $"城市得分-{LevelNames[level]}";

    /// <summary>City scores with the indicators of one level (or, with null, of every level), in ranking order.</summary>
    public static Sheet CityScores(ScoreReport report, int? level)
    {
        var indicators = report.Catalogue.All.Where(i => level is null || i.Level == level).ToList();
        string[] headers =
        [
            "排名", "城市代码", "城市", "省份", "城市线级", "行政级别", $"总分 ({CityScoreCard.TotalId})",
            .. indicators.Select(i => $"{i.Name} ({i.Id})"), "未测项", "人工认定",
        ];
        var rows = report.Ranking.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank is { } rank ? (double)rank : null, r.Card.City.Code, r.Card.City.Name, r.Card.City.Province, r.Card.City.Tier, r.Card.City.Level,
            Round(r.Card.Total.Score),
            .. indicators.Select(i => (object?)Round(r.Card.Find(i.Id)?.Score)),
            string.Join(" ", r.Card.NotMeasuredLeaves.Select(l => l.Id)),
            string.Join(" ", r.Card.Indicators.Where(i => i.Status == ScoreStatus.Overridden).Select(i => i.Id)),
        ]).ToList();
        return new Sheet(level is { } l ? CityScoresName(l) : "城市得分", headers, rows);
    }

    public static Sheet National(ScoreReport report)
    {
        var rows = new List<IReadOnlyList<object?>>();
        rows.AddRange(report.National.Select(f => (IReadOnlyList<object?>)
            [f.Figure.Id, f.Figure.Label, f.Text(report.National), (double)f.Count, (double)f.Base, Round(f.Percent), (double)f.NotMeasured]));
        foreach (var id in report.Catalogue.Roots.Select(r => r.Id).Prepend(CityScoreCard.TotalId))
        {
            var (mean, measured) = report.NationalMeans[id];
            var name = id == CityScoreCard.TotalId ? "总分" : report.Catalogue.Find(id)!.Name;
            rows.Add([id, $"{name}全国平均", $"{name}全国平均分", Round(mean), (double)measured, null, (double)(report.Cards.Count - measured)]);
        }

        foreach (var (grouping, groups) in report.Averages)
        {
            rows.AddRange(groups.Select(g => (IReadOnlyList<object?>)
            [
                $"{grouping.ToString().ToLowerInvariant()}:{g.Group}", $"{GroupAverage.Label(grouping)}：{g.Group}",
                $"{g.Group}（{g.Cities} 个城市）总分平均", Round(g.Means[CityScoreCard.TotalId].Mean), (double)g.Cities, null,
                (double)(g.Cities - g.Means[CityScoreCard.TotalId].Measured),
            ]));
        }

        return new Sheet("全国汇总", ["项目 (id)", "名称", "说明", "数值", "城市数", "占比 (%)", "未测"], rows);
    }

    public static Sheet Changes(ScoreReport report) => new(
        "退步与变化",
        ["类型", "城市代码", "城市", "指标 (id)", "名称", "层级", "之前", "现在", "变化"],
        [.. report.Changes.Select(c => (IReadOnlyList<object?>)
        [
            KindLabel(c.Kind), c.City.Code, c.City.Name, c.IndicatorId, c.Name, (double)c.Level, Round(c.Before), Round(c.After), Round(c.Delta),
        ])]);

    public static Sheet Overrides(ScoreReport report) => new(
        "人工认定",
        ["编号", "城市代码", "指标 (id)", "分值", "操作", "理由", "评测员", "时间（北京时间）", "证据 sha256", "证据文件"],
        [.. report.OverrideHistory.Select(o => (IReadOnlyList<object?>)
        [
            (double)o.Id, o.CityCode, o.IndicatorId, o.Value, o.IsRemoval ? "撤销" : "认定", o.Reason, o.By, BeijingTime.Format(o.At),
            o.Evidence?.Sha256, o.Evidence?.RelativePath,
        ])]);

    public static Sheet NotMeasured(ScoreReport report) => new(
        "未测项",
        ["城市代码", "城市", "指标 (id)", "名称", "原因"],
        [.. report.Cards.SelectMany(c => c.NotMeasuredLeaves.Select(l => (IReadOnlyList<object?>)[c.City.Code, c.City.Name, l.Id, l.Name, l.Reason]))]);

    public static string KindLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Regressed => "退步",
        ChangeKind.NoLongerMeasured => "变为未测",
        ChangeKind.Improved => "进步",
        _ => "新测得",
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
