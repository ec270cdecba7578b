using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Hosting;

[CancelAfter(30_000)]
public sealed class LoggingTests
{
    [Test]
    public async Task StartAsync_DefaultLevel_LogsNothingBelowWarning()
    {
        using var logs = new CapturingLoggerFactory();
        var options = new SimulatorOptions { Portals = [TestPortals.Hangzhou()], LoggerFactory = logs };

        await using (var host = await SimulatorHost.StartAsync(options, TestPortals.Ct))
        {
            using var client = host.ClientFor(TestPortals.HangzhouCode);
            await client.GetReplyAsync("/", TestPortals.Ct);
        }

        Assert.That(logs.Lines, Has.None.StartWith("Information:").And.None.StartWith("Debug:").And.None.StartWith("Trace:"));
    }

    [Test]
    public async Task StartAsync_InformationLevel_LogsEachPortalsAddress()
    {
        using var logs = new CapturingLoggerFactory();
        var options = new SimulatorOptions
        {
            Portals = [TestPortals.Hangzhou(), TestPortals.Ningbo()],
            LoggerFactory = logs,
            MinimumLogLevel = LogLevel.Information,
        };

        await using var host = await SimulatorHost.StartAsync(options, TestPortals.Ct);

        Assert.That(logs.Lines, Has.Some.EqualTo($"Information: Portal 330100 杭州市 listening on http://127.77.0.1:{host.Port}/")
            .And.Some.EqualTo($"Information: Portal 330200 宁波市 listening on http://127.77.0.2:{host.Port}/"));
    }
}
