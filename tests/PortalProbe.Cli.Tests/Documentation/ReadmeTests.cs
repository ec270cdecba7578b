using PortalProbe.Facts;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Documentation;

/// <summary>The README documents the fact registry and the two commands; these tests keep it honest.</summary>
public sealed class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Test]
    public void FactsTable_ListsExactlyTheRegistry()
    {
        var text = Readme;
        var start = text.IndexOf("<!-- facts:start -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- facts:end -->", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0).And.LessThan(end), "README.md must keep the facts table between its markers");

        var rows = text[start..end].Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (Name: c[1].Trim('`'), Type: c[2], Unit: c[3]))
            .ToList();
        var registry = FactRegistry.All.Select(f => (f.Name, Type: f.Type.ToString().ToLowerInvariant(), f.Unit)).ToList();

        Assert.That(rows, Is.EqualTo(registry));
    }

    [Test]
    public void Readme_GivesTheTwoCommands()
    {
        Assert.That(Readme, Does.Contain("./portalprobe demo").And.Contain("./test.sh"));
    }
}
