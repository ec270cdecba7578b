using System.Diagnostics;
using PortalProbe.Cli.Bench;

namespace PortalProbe.Cli.Tests.Bench;

public sealed class MemorySamplerTests
{
    [Test]
    public async Task Peaks_ProcessWithAChild_CountsBothInEverythingAndNothingAsChromium()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            await using var sampler = MemorySampler.Start(TimeSpan.FromMilliseconds(50), TimeProvider.System);
            sampler.SampleOnce();
            var peaks = sampler.Peaks;
            var childPss = ProcFs.Memory(child.Id)!.Value.Bytes;

            Assert.That(peaks.Samples, Is.GreaterThanOrEqualTo(1));
            Assert.That(peaks.Measure, Is.EqualTo("PSS"));
            Assert.That(peaks.PortalProbe, Is.GreaterThan(1L << 20));
            Assert.That(peaks.Chromium, Is.Zero, "no Chromium runs under a unit test");
            Assert.That(peaks.Everything, Is.GreaterThanOrEqualTo(peaks.PortalProbe + childPss / 2), "the child's memory is part of everything");
        }
        finally
        {
            child.Kill();
        }
    }

    [TestCase("chromium", true)]
    [TestCase("chrome_crashpad", true)]
    [TestCase("node", false)]
    [TestCase("dotnet", false)]
    public void IsChromium_CommandName_MatchesDebianChromiumProcesses(string command, bool expected) =>
        Assert.That(MemorySampler.IsChromium(command), Is.EqualTo(expected));
}
