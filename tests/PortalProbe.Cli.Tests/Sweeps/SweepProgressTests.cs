using PortalProbe.Cli.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>The sweep's counts and time left, on a fake clock: first passes first, then the re-checks that wait for them.</summary>
public sealed class SweepProgressTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);

    [Test]
    public void Eta_BeforeAnyFirstPass_Unknown()
    {
        var progress = new SweepProgress(10, 0, 0, new FakeTime(Start));

        Assert.That(SweepProgress.Format(progress.Eta()), Is.EqualTo("unknown"));
    }

    [Test]
    public void Eta_DuringTheFirstPass_FollowsTheFirstPassesPaceWhetherOrNotTheyLeftRechecks()
    {
        var time = new FakeTime(Start);
        var progress = new SweepProgress(10, 0, 0, time);

        time.Advance(TimeSpan.FromMinutes(1));
        var (firstPassed, eta) = progress.FirstPassRecorded();
        time.Advance(TimeSpan.FromMinutes(1));
        var (done, failing, etaAfterDone) = progress.CityFinished(failing: false, inFirstPass: true);

        Assert.Multiple(() =>
        {
            Assert.That((firstPassed, eta), Is.EqualTo((1, (TimeSpan?)TimeSpan.FromMinutes(9))));
            Assert.That((done, failing, etaAfterDone), Is.EqualTo((1, 0, (TimeSpan?)TimeSpan.FromMinutes(8))), "two first passes in two minutes, eight left");
            Assert.That(progress.FirstPassed, Is.EqualTo(2));
        });
    }

    [Test]
    public void Eta_AfterEveryFirstPass_FollowsTheRechecksPace()
    {
        var time = new FakeTime(Start);
        var progress = new SweepProgress(3, 0, 0, time);
        progress.CityFinished(failing: false, inFirstPass: true);
        progress.FirstPassRecorded();
        progress.FirstPassRecorded();

        var waiting = progress.Eta();
        time.Advance(TimeSpan.FromSeconds(30));
        var (done, failing, eta) = progress.CityFinished(failing: true, inFirstPass: false);
        time.Advance(TimeSpan.FromSeconds(30));
        var (_, _, last) = progress.CityFinished(failing: false, inFirstPass: false);

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.Null, "no re-check has finished yet");
            Assert.That((done, failing, eta), Is.EqualTo((2, 1, (TimeSpan?)TimeSpan.FromSeconds(30))));
            Assert.That(last, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void Counts_ResumedSweep_StartFromWhatTheEarlierProcessRecorded()
    {
        var time = new FakeTime(Start);
        var progress = new SweepProgress(5, 2, 1, time);

        time.Advance(TimeSpan.FromMinutes(2));
        var (firstPassed, eta) = progress.FirstPassRecorded();

        Assert.Multiple(() =>
        {
            Assert.That((progress.Done, firstPassed), Is.EqualTo((2, 4)));
            Assert.That(eta, Is.EqualTo(TimeSpan.FromMinutes(2)), "the pace of this process's first passes only: one in two minutes, one left");
        });
    }
}
