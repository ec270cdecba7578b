using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.Clock;

[CancelAfter(30_000)]
public sealed class ClockTests
{
    // Monday 2024-06-03 10:00 in Beijing.
    private static readonly DateTimeOffset Monday = new(2024, 6, 3, 10, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Advance_MovesTheClockAndRefusesGoingBack()
    {
        var clock = SimulatorClock.StartingAt(Monday, new FakeTime(DateTimeOffset.UnixEpoch));

        clock.Advance(TimeSpan.FromDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(clock.GetUtcNow(), Is.EqualTo(Monday.AddDays(2)));
            Assert.That(clock.LocalTimeZone.BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(8)));
            Assert.That(() => clock.Advance(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [TestCase("3d", 3 * 24 * 60)]
    [TestCase("36h", 36 * 60)]
    [TestCase("90m", 90)]
    [TestCase("1.12:00:00", 36 * 60)]
    public void TryParse_KnownForms_GiveTheDuration(string text, int minutes)
    {
        Assert.That(ClockDurations.TryParse(text), Is.EqualTo(TimeSpan.FromMinutes(minutes)));
    }

    [TestCase("")]
    [TestCase("-1d")]
    [TestCase("3w")]
    [TestCase("401d")]
    [TestCase("99999999999999999d")]
    public void TryParse_BadText_IsNull(string text)
    {
        Assert.That(ClockDurations.TryParse(text), Is.Null);
    }

    [Test]
    public async Task Progress_ClockMovedByTheBackDoor_TicketGoesFromAcceptedToInProgressToClosed()
    {
        var clock = SimulatorClock.StartingAt(Monday, new FakeTime(DateTimeOffset.UnixEpoch));
        await using var host = await TestPortals.StartAsync(clock, TestPortals.Hangzhou() with { ReplyWorkingDays = 3 });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var ticket = TicketIn((await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body)!;

        var day0 = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);
        var moved = await client.PostReplyAsync("/__test/clock?advance=1d", null, TestPortals.Ct);
        var day1 = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);
        await client.PostReplyAsync("/__test/clock?advance=2d", null, TestPortals.Ct);
        var day3 = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(day0.Body, Does.Contain("<td id=\"state\">已受理</td>"));
            Assert.That(moved.Body, Is.EqualTo("2024-06-04T10:00:00+08:00"));
            Assert.That(day1.Body, Does.Contain("<td id=\"state\">办理中</td>").And.Not.Contain("id=\"reply\""));
            Assert.That(day3.Body, Does.Contain("<td id=\"state\">已办结</td>").And.Contain("<td id=\"replied-at\">2024-06-06</td>").And.Contain("id=\"reply\""));
        });
    }

    [Test]
    public async Task Progress_HolidayInBetween_CountsOnlyWorkingDays()
    {
        // Submitted Friday 2024-09-27; 9-28 Sat, 9-29 Sun (a 调休 working day), 9-30 Mon, 10-1..10-7 National Day.
        var friday = new DateTimeOffset(2024, 9, 27, 9, 0, 0, TimeSpan.FromHours(8));
        var clock = SimulatorClock.StartingAt(friday, new FakeTime(DateTimeOffset.UnixEpoch));
        await using var host = await TestPortals.StartAsync(clock, TestPortals.Hangzhou() with { ReplyWorkingDays = 3 });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var ticket = TicketIn((await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body)!;

        clock.Advance(TimeSpan.FromDays(10)); // 10-07, still a holiday: only 9-29 and 9-30 worked
        var holiday = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);
        clock.Advance(TimeSpan.FromDays(1)); // 10-08, the third working day
        var after = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(holiday.Body, Does.Contain("<td id=\"state\">办理中</td>"));
            Assert.That(after.Body, Does.Contain("<td id=\"state\">已办结</td>").And.Contain("2024-10-08"));
        });
    }

    [Test]
    public async Task ClockEndpoint_NotASimulatorClock_Is404()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.PostReplyAsync("/__test/clock?advance=1d", null, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(404));
    }

    [TestCase("")]
    [TestCase("?advance=soon")]
    [TestCase("?advance=-2d")]
    public async Task ClockEndpoint_BadAdvance_Is400(string query)
    {
        await using var host = await TestPortals.StartAsync(new SimulatorClock(), TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.PostReplyAsync("/__test/clock" + query, null, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(400));
    }
}
