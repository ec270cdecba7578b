using PortalProbe.Simulator.Clock;

namespace PortalProbe.Simulator.Tests.Clock;

public sealed class WorkingDaysTests
{
    [TestCase("2024-10-01", false)] // National Day
    [TestCase("2024-09-29", true)] // Sunday, worked in exchange (调休)
    [TestCase("2024-06-10", false)] // Dragon Boat Festival, a Monday
    [TestCase("2024-06-11", true)]
    [TestCase("2024-06-15", false)] // an ordinary Saturday
    [TestCase("2025-01-26", true)] // Sunday before Spring Festival, worked
    [TestCase("2025-01-29", false)] // Spring Festival
    public void IsWorkingDay_KnownDays_FollowTheStateCouncilNotice(string day, bool working)
    {
        Assert.That(WorkingDays.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(working));
    }

    [Test]
    public void Between_AcrossLabourDay2024_CountsTheAdjustedSaturday()
    {
        // 2024-04-30 Tue -> 2024-05-11 Sat (worked): 5-1..5-5 off, 5-6..5-10 worked, 5-11 worked.
        Assert.That(WorkingDays.Between(new DateOnly(2024, 4, 30), new DateOnly(2024, 5, 11)), Is.EqualTo(6));
    }
}
