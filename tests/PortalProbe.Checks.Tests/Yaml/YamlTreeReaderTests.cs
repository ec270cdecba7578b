using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    private static (YamlNode? Root, IReadOnlyList<string> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read("f.yaml", text, diagnostics);
        return (root, diagnostics.Items.Select(d => d.ToString()).ToList());
    }

    [Test]
    public void Read_NestedMapping_GivesOneBasedLinesAndColumns()
    {
        var (root, diagnostics) = Read("a: 1\nb:\n  c: x\n");

        var b = (YamlMapping)((YamlMapping)root!)["b"]!;
        Assert.That(diagnostics, Is.Empty);
        Assert.That(b.Entries[0].Key.Location, Is.EqualTo(new SourceLocation("f.yaml", 3, 3)));
        Assert.That(b.Entries[0].Value.Location, Is.EqualTo(new SourceLocation("f.yaml", 3, 6)));
    }

    [Test]
    public void Read_DuplicateKeys_ReportsEveryOneAndKeepsTheFirst()
    {
        var (root, diagnostics) = Read("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n");

        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            "f.yaml:3:1: error: duplicate key 'a' (first at line 1)",
            "f.yaml:6:3: error: duplicate key 'x' (first at line 5)",
        }));
        Assert.That(((YamlScalar)((YamlMapping)root!)["a"]!).Value, Is.EqualTo("1"));
    }

    [Test]
    public void Read_DuplicateKeysKept_ReportsNothingAndKeepsEveryEntryInOrder()
    {
        var diagnostics = new DiagnosticBag();

        var root = (YamlMapping)YamlTreeReader.Read("f.yaml", "a: 1\nb: 2\na: 3\n", diagnostics, DuplicateKeys.Keep)!;

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(root.Entries.Select(e => $"{e.Key.Value}={((YamlScalar)e.Value).Value}@{e.Key.Location.Line}"), Is.EqualTo(new[] { "a=1@1", "b=2@2", "a=3@3" }));
    }

    [TestCase("a: b: c\n", "f.yaml:1:5: error: YAML syntax error: While scanning a plain scalar value, found invalid mapping.")]
    [TestCase("a:\n  - x\n - y\n", "f.yaml:3:2: error: YAML syntax error: While parsing a block mapping, did not find expected key.")]
    [TestCase("a: \"open\n", "f.yaml:1:4: error: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream.")]
    [TestCase("a: [1, 2\nb: 3\n", "f.yaml:1:4: error: YAML syntax error: this '[' is never closed")]
    public void Read_SyntaxError_ReportsOneErrorAtItsPlace(string text, string expected)
    {
        var (root, diagnostics) = Read(text);

        Assert.That(root, Is.Null);
        Assert.That(diagnostics, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Read_AliasToAnchor_GivesTheAnchoredNode()
    {
        var (root, diagnostics) = Read("a: &phone 138\nb: *phone\n");

        Assert.That(diagnostics, Is.Empty);
        Assert.That(((YamlScalar)((YamlMapping)root!)["b"]!).Value, Is.EqualTo("138"));
    }

    [Test]
    public void Read_EmptyText_GivesNoRootAndNoError()
    {
        var (root, diagnostics) = Read("");

        Assert.That(root, Is.Null);
        Assert.That(diagnostics, Is.Empty);
    }
}
