using System.Diagnostics;
using PortalProbe.Cli.Bench;

namespace PortalProbe.Cli.Tests.Bench;

/// <summary>The /proc readers against this machine's real /proc and a real child process.</summary>
public sealed class ProcFsTests
{
    [Test]
    public void ParseStat_OwnStatLine_GivesOwnPidAndParent()
    {
        var entry = ProcFs.ParseStat(File.ReadAllText("/proc/self/stat"));

        Assert.That(entry, Is.Not.Null);
        Assert.That(entry!.Pid, Is.EqualTo(Environment.ProcessId));
        Assert.That(entry.ParentPid, Is.GreaterThan(0));
    }

    [Test]
    public void ParseStat_CommandWithSpacesAndParentheses_EndsAtTheLastParenthesis()
    {
        // Chromium's processes rename themselves; a command may hold ") (".
        var entry = ProcFs.ParseStat("4242 (Web Content) (x)) S 17 4242 4242 0 -1 4194560 1 0 0 0");

        Assert.That(entry, Is.EqualTo(new ProcEntry(4242, 17, "Web Content) (x)")));
    }

    [Test]
    public void ParseStat_NotAStatLine_IsNull() => Assert.That(ProcFs.ParseStat("garbage"), Is.Null);

    [Test]
    public void Kilobytes_OwnSmapsRollup_ReadsAPositivePss()
    {
        var rollup = File.ReadAllText("/proc/self/smaps_rollup");

        Assert.That(ProcFs.Kilobytes(rollup, "Pss:"), Is.GreaterThan(1024), "a .NET test host uses more than 1 MiB");
        Assert.That(ProcFs.Kilobytes(rollup, "NoSuchField:"), Is.Null);
    }

    [Test]
    public void Descendants_RunningChild_IsFoundWithItsCommand()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            var found = ProcFs.Descendants(ProcFs.Processes(), Environment.ProcessId);

            Assert.That(found.Select(p => (p.Pid, p.Command)), Does.Contain((child.Id, "sleep")));
            Assert.That(ProcFs.Memory(child.Id)?.Measure, Is.EqualTo("PSS"));
        }
        finally
        {
            child.Kill();
        }
    }
}
