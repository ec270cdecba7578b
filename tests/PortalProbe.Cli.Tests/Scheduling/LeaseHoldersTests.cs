using System.Diagnostics;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>When a lease's holder counts as gone, so that its lease is taken over before it expires.</summary>
public sealed class LeaseHoldersTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);

    [Test]
    public void IsGone_HolderIsThisRunningProcess_IsFalse()
    {
        Assert.That(LeaseHolders.IsGone(Held(LeaseHolders.ForThisProcess())), Is.False);
    }

    [Test]
    public async Task IsGone_HolderProcessOnThisHostHasExited_IsTrue()
    {
        var pid = await ExitedProcessIdAsync();

        Assert.That(LeaseHolders.IsGone(Held($"{Environment.MachineName}:{pid}:1a2b3c4d")), Is.True);
    }

    [Test]
    public async Task IsGone_HolderOnAnotherHost_IsFalseEvenWhenThatPidIsFreeHere()
    {
        var pid = await ExitedProcessIdAsync();

        Assert.That(LeaseHolders.IsGone(Held($"elsewhere-{Environment.MachineName}:{pid}:1a2b3c4d")), Is.False, "another host's processes cannot be seen from here");
    }

    [TestCase("a:0123456789abcdef")]
    [TestCase("no-pid-here")]
    [TestCase("host:notanumber:x")]
    [TestCase("host:-5:x")]
    public void IsGone_HolderNotOfTheHostPidForm_IsFalse(string holder)
    {
        Assert.That(LeaseHolders.IsGone(Held(holder)), Is.False);
    }

    [Test]
    public void TryParse_HolderWrittenByThisProcess_GivesItsHostAndPid()
    {
        Assert.That(LeaseHolders.TryParse(LeaseHolders.ForThisProcess(), out var host, out var pid), Is.True);
        Assert.That((host, pid), Is.EqualTo((Environment.MachineName, Environment.ProcessId)));
    }

    private static Lease Held(string holder) => new("sweep", holder, At, At, At.AddMinutes(10), ReleasedAt: null);

    /// <summary>The id of a process that ran and exited (and was reaped).</summary>
    internal static async Task<int> ExitedProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }
}
