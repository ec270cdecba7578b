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
        Portal("320300", "徐州市", "127.79.0.22", "XZ") with { Broken = PortalFaults.HomeOutage },
        Portal("320400", "常州市", "127.79.0.23", "CZ") with { Broken = PortalFaults.FlakyHome },
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
    public async Task Sample_HomeFailingEveryOtherVisit_StopsOnceTheFivePercentRuleIsMet()
    {
        // Of 4 planned visits, the first one not open is already 25%: the other three could not make the site reachable.
        await using var traffic = new HostTraffic(FastOptions with { AvailabilityVisits = 4, RequestTimeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);

        var availability = await new AvailabilitySampler(traffic).SampleAsync(Context, [Home("320200")], Ct);

        Assert.Multiple(() =>
        {
            Assert.That(availability.Visits.Select(v => v.Status), Is.EqualTo(new int?[] { 503 }));
            Assert.That(availability.Planned, Is.EqualTo(4));
            Assert.That(availability.StoppedEarly, Is.True);
            Assert.That(availability.Ratio, Is.EqualTo(0.0));
            Assert.That(availability.Unreachable, Is.True);
        });
    }

    [Test]
    public async Task Sample_TwentyOneVisits_OneFailureIsUnderFivePercentAndTheSampleGoesOn()
    {
        // 1 of 21 is 4.8%: below the rule, so every visit is made and the site is reachable; the alternating portal's
        // second failure (visit 3) is 9.5% of 21 and ends its sample there. Each portal here is visited by this test alone.
        await using var traffic = new HostTraffic(
            FastOptions with { AvailabilityVisits = 21, AvailabilityInterval = TimeSpan.Zero, RequestTimeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);
        var sampler = new AvailabilitySampler(traffic);

        var outage = await sampler.SampleAsync(Context, [Home("320300")], Ct);
        var alternating = await sampler.SampleAsync(Context, [Home("320400")], Ct);

        Assert.Multiple(() =>
        {
            Assert.That(outage.Visits, Has.Count.EqualTo(21));
            Assert.That(outage.Visits.Count(v => !v.Open), Is.EqualTo(1), string.Join("\n", outage.Visits));
            Assert.That(outage.Visits[0].Status, Is.EqualTo(503));
            Assert.That(outage.StoppedEarly, Is.False);
            Assert.That(outage.Unreachable, Is.False);
            Assert.That(outage.Ratio, Is.EqualTo(20.0 / 21).Within(1e-9));
            Assert.That(alternating.Visits.Select(v => v.Status), Is.EqualTo(new int?[] { 503, 200, 503 }));
            Assert.That(alternating.Planned, Is.EqualTo(21));
            Assert.That(alternating.StoppedEarly, Is.True);
            Assert.That(alternating.Ratio, Is.EqualTo(1.0 / 3).Within(1e-9), "open over the visits made");
            Assert.That(alternating.Unreachable, Is.True);
        });
    }
}
