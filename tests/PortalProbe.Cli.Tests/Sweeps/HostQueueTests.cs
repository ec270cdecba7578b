using PortalProbe.Cli.Sweeps;

namespace PortalProbe.Cli.Tests.Sweeps;

public sealed class HostQueueTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task TakeAsync_NextCityShareABusyHost_SkipsToAFreeOneAndWaitsForTheHost()
    {
        var queue = new HostQueue<string>([("a", Hosts("h1")), ("b", Hosts("h1")), ("c", Hosts("h2"))]);

        var first = await queue.TakeAsync(None);
        var second = await queue.TakeAsync(None);
        var third = queue.TakeAsync(None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first?.Item, Is.EqualTo("a"));
            Assert.That(second?.Item, Is.EqualTo("c"), "b waits: its host is busy with a");
            Assert.That(third.IsCompleted, Is.False);
        }

        queue.Release(first!.Value.Hosts);
        Assert.That((await third)?.Item, Is.EqualTo("b"));
        queue.Release(second!.Value.Hosts);
        Assert.That(await queue.TakeAsync(None), Is.Null, "nothing is left");
    }

    private static HashSet<string> Hosts(params string[] hosts) => new(hosts, StringComparer.OrdinalIgnoreCase);
}
