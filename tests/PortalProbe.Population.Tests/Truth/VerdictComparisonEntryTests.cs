using PortalProbe.Cities;
using PortalProbe.Population.Truth;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Population.Tests.Truth;

/// <summary>
/// The links check against a home page that failed: an outage that passes (home-outage) leaves the links working, a
/// home page that stays unreliable (flaky-home) fails them by the 5% rule, except where it is not the entry (app H5).
/// </summary>
public sealed class VerdictComparisonEntryTests
{
    private static readonly DateTimeOffset Started = new(2024, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static CityTruth Truth(string style, bool unreliable) => new("330100", "杭州市", "浙江省", "新一线", "副省级", style)
    {
        FlakyLinks = ["http://127.1.0.1:" + GroundTruth.PortPlaceholder + "/"],
        EntryUnreliable = unreliable,
    };

    private static CityRunResult LinksRun(Verdict verdict) =>
        new(1, new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), Started, Started.AddMinutes(5), true,
            [new ScenarioResult("links", ScenarioKind.Links, ChannelKind.Web, [new AttemptResult(1, verdict, "links", null, Started, TimeSpan.FromSeconds(15), [], [])], [])]);

    [TestCase("pc", false, Verdict.Pass)]
    [TestCase("pc", true, Verdict.Fail)]
    [TestCase("wechat-h5", true, Verdict.Fail)]
    [TestCase("app-h5", true, Verdict.Pass)]
    public void Compare_FlakyHomePage_LinksExpectedFailOnlyWhenTheEntryStaysUnreliable(string style, bool unreliable, Verdict expected)
    {
        var comparison = VerdictComparison.Compare(Truth(style, unreliable), LinksRun(expected)).Single();

        Assert.That((comparison.Function, comparison.Expected, comparison.Matches), Is.EqualTo(("links", (Verdict?)expected, true)));
    }

    [Test]
    public void Compare_OutageThatPassedButLinksFailed_IsAFalseFail()
    {
        var comparison = VerdictComparison.Compare(Truth("pc", unreliable: false), LinksRun(Verdict.Fail)).Single();

        Assert.That(comparison.FalseFail, Is.True);
    }
}
