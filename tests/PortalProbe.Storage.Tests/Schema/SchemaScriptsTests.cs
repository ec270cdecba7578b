using PortalProbe.Storage.Schema.Internal;

namespace PortalProbe.Storage.Tests.Schema;

internal sealed class SchemaScriptsTests
{
    [Test]
    public void All_EmbeddedScripts_AreNumberedFromOneWithoutGaps()
    {
        var scripts = SchemaScripts.All;

        Assert.That(scripts.Select(s => s.Version), Is.EqualTo(Enumerable.Range(1, scripts.Count)));
        Assert.That(scripts[0].ToString(), Is.EqualTo("0001_initial"));
    }
}
