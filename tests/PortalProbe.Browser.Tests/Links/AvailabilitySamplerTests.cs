using PortalProbe.Browser.Links;
using PortalProbe.Facts;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>Entry pages visited several times in Chromium: the open ratio, the 5% rule and the load times.</summary>
[CancelAfter(60_000)]
internal sealed class AvailabilitySamplerTests : LinksFixture
{
    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Portal("320100", "南京市", "127.79.0.20", "NJ"),
        Portal("320200", "无锡市", "127.79.0.21", "WX") with { Broken = PortalFaults.FlakyHome },
    ];

    [Test]
    public async Task Sample_HealthyPortal_AllVisitsOpenWithLoadTimes()
    {
        await using var traffic = new HostTraffic(FastOptions with { AvailabilityVisits = 4, RequestTimeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);

        var availability = await new AvailabilitySampler(traffic).SampleAsync(Context, [Home("320100")], Ct);
        var facts = new LinkReport([], [], availability).Facts().ToDictionary(f => f.Name, f => f.Value);

        Assert.Multiple(() =>
        {
            Assert.That(availability.Visits, Has.Count.EqualTo(4));
            Assert.That(availability.Ratio, Is.EqualTo(1.0), string.Join("\n", availability.Visits));
            Assert.That(availability.Unreachable, Is.False);
            Assert.That(availability.MedianLoad, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(availability.SlowestLoad!.Value));
            Assert.That(facts[FactRegistry.AvailabilityRatio.Name], Is.EqualTo("1"));
            Assert.That(long.Parse(facts[FactRegistry.LoadSlowest.Name], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(0));
            Assert.That(facts, Does.ContainKey(FactRegistry.LoadMedian.Name));
        });
    }

    [Test]
    public async Task Sample_HomeFailingEveryOtherVisit_HalfOpenAndUnreachableByTheFivePercentRule()
    {
        await using var traffic = new HostTraffic(FastOptions with { AvailabilityVisits = 4, RequestTimeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);

        var availability = await new AvailabilitySampler(traffic).SampleAsync(Context, [Home("320200")], Ct);

        Assert.Multiple(() =>
        {
            Assert.That(availability.Visits.Select(v => v.Status), Is.EqualTo(new int?[] { 503, 200, 503, 200 }));
            Assert.That(availability.Ratio, Is.EqualTo(0.5));
            Assert.That(availability.Unreachable, Is.True);
        });
    }
}
