using PortalProbe.Simulator.Faults;

namespace PortalProbe.Simulator.Tests.Faults;

public sealed class FaultScheduleTests
{
    [Test]
    public void Fails_SameInputs_SameAnswerEveryTime()
    {
        var first = Enumerable.Range(1, 50).Select(a => FaultSchedule.Fails(7, "330100", "/links/a", a, 50)).ToList();
        var second = Enumerable.Range(1, 50).Select(a => FaultSchedule.Fails(7, "330100", "/links/a", a, 50)).ToList();

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase(1, "330100", "/a")]
    [TestCase(2, "330100", "/a")]
    [TestCase(1, "110000", "/b/c")]
    [TestCase(99, "440300", "/x")]
    public void Fails_FirstTwoAttempts_ExactlyOneFails(int seed, string city, string path)
    {
        var one = FaultSchedule.Fails(seed, city, path, 1, 50);
        var two = FaultSchedule.Fails(seed, city, path, 2, 50);

        Assert.That(one ^ two, Is.True);
    }

    [Test]
    public void Fails_ManyAttempts_RateNearThePercent()
    {
        var failures = Enumerable.Range(3, 2000).Count(a => FaultSchedule.Fails(3, "330100", "/p", a, 30));

        Assert.That(failures / 2000.0, Is.InRange(0.25, 0.35));
    }

    [Test]
    public void Fails_DifferentSeedOrCity_DifferentPattern()
    {
        static string Pattern(int seed, string city) =>
            string.Concat(Enumerable.Range(1, 40).Select(a => FaultSchedule.Fails(seed, city, "/p", a, 50) ? '1' : '0'));

        Assert.Multiple(() =>
        {
            Assert.That(Pattern(1, "330100"), Is.Not.EqualTo(Pattern(2, "330100")));
            Assert.That(Pattern(1, "330100"), Is.Not.EqualTo(Pattern(1, "330200")));
        });
    }

    [TestCase(1, "330100", 40)]
    [TestCase(2, "440300", 40)]
    [TestCase(7, "110000", 7)]
    public void TransientFails_ManyRequests_ExactlyOneWithinTheWindowAndNoneLater(int seed, string city, int window)
    {
        var failing = Enumerable.Range(1, window * 50).Where(n => FaultSchedule.TransientFails(seed, city, n, window)).ToList();

        Assert.That(failing, Has.Count.EqualTo(1), "an outage that passes: a re-check, at once or later, gets through");
        Assert.That(failing[0], Is.InRange(1, window));
    }

    [Test]
    public void TransientFails_ManyCities_FailAtDifferentRequests()
    {
        var places = Enumerable.Range(0, 40).Select(i => Enumerable.Range(1, 150).Single(n => FaultSchedule.TransientFails(3, (330100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), n, 150))).ToHashSet();

        Assert.That(places, Has.Count.GreaterThan(20), "the seed and the city decide where a portal's transient error falls");
    }

    [Test]
    public void TransientFails_WindowZero_NeverFails() =>
        Assert.That(Enumerable.Range(1, 500).Any(n => FaultSchedule.TransientFails(1, "330100", n, 0)), Is.False);

    [Test]
    public void FlakyHomeFails_OddAttempts_FailEvenOnesDoNot()
    {
        Assert.That(Enumerable.Range(1, 6).Select(FaultSchedule.FlakyHomeFails), Is.EqualTo(new[] { true, false, true, false, true, false }));
    }

    [Test]
    public void HomeOutageFails_TheFirstAttemptOnly()
    {
        Assert.That(Enumerable.Range(1, 6).Select(FaultSchedule.HomeOutageFails), Is.EqualTo(new[] { true, false, false, false, false, false }));
    }

    [Test]
    public void Jitter_StaysWithinItsBoundAndRepeats()
    {
        var jitters = Enumerable.Range(1, 200).Select(a => FaultSchedule.Jitter(5, "330100", "/", a, 40)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(jitters, Has.All.InRange(0, 40));
            Assert.That(jitters.Distinct().Count(), Is.GreaterThan(10));
            Assert.That(Enumerable.Range(1, 200).Select(a => FaultSchedule.Jitter(5, "330100", "/", a, 40)), Is.EqualTo(jitters));
            Assert.That(FaultSchedule.Jitter(5, "330100", "/", 1, 0), Is.Zero);
        });
    }
}
