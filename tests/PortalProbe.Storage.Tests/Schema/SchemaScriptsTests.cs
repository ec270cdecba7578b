using PortalProbe.Storage.Schema.Internal;

namespace PortalProbe.Storage.Tests.Schema;

internal sealed class SchemaScriptsTests
{
    [Test]
    public void All_EmbeddedScripts_AreNumberedFromOneWithoutGaps()
    {
        var scripts = SchemaScripts.All;

        Assert.That(scripts.Select(s => s.Version), Is.EqualTo(Enumerable.Range(1, scripts.Count)));
        Assert.That(scripts.Select(s => s.ToString()), Is.EqualTo(new[] { "0001_initial", "0002_campaigns", "0003_ticket_progress", "0004_leases", "0005_overrides", "0006_sweeps" }));
    }
}
