using System.Reflection;

namespace PortalProbe.Cli.Tests.Architecture;

/// <summary>Dependencies point one way: the domain at the bottom, adapters above it, the CLI on top.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["PortalProbe.Domain"] = [],
        ["PortalProbe.Yaml"] = ["PortalProbe.Domain"],
        ["PortalProbe.Checks"] = ["PortalProbe.Domain", "PortalProbe.Yaml"],
        ["PortalProbe.Analysis"] = ["PortalProbe.Domain", "PortalProbe.Yaml"],
        ["PortalProbe.Browser"] = ["PortalProbe.Domain", "PortalProbe.Analysis"],
        ["PortalProbe.Storage"] = ["PortalProbe.Domain"],
        ["PortalProbe.Simulator"] = ["PortalProbe.Domain"],
        ["PortalProbe.Population"] = ["PortalProbe.Domain", "PortalProbe.Simulator"],
        ["PortalProbe.Scoring"] = ["PortalProbe.Domain", "PortalProbe.Yaml"],
    };

    private static IEnumerable<TestCaseData> Projects() =>
        Allowed.Select(p => new TestCaseData(p.Key, p.Value).SetName($"References_{p.Key.Replace(".", "", StringComparison.Ordinal)}_OnlyLowerProjects"));

    [TestCaseSource(nameof(Projects))]
    public void References_Project_OnlyLowerProjects(string project, string[] allowed)
    {
        var ours = Assembly.Load(project).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("PortalProbe", StringComparison.Ordinal) || n == "portalprobe")
            .ToList();

        Assert.That(ours, Is.SubsetOf(allowed), $"{project} may reference only {string.Join(", ", allowed.DefaultIfEmpty("nothing of ours"))}");
    }

    [Test]
    public void Domain_ReferencesNoInfrastructure()
    {
        var references = Assembly.Load("PortalProbe.Domain").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Has.None.StartsWith("Microsoft.Playwright").And.None.StartsWith("Microsoft.EntityFrameworkCore").And.None.StartsWith("YamlDotNet"));
    }

    [Test]
    public void Cli_IsTheOnlyProjectThatWiresEverything()
    {
        var references = typeof(CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Is.SupersetOf(new[] { "PortalProbe.Browser", "PortalProbe.Storage", "PortalProbe.Checks", "PortalProbe.Analysis", "PortalProbe.Simulator", "PortalProbe.Scoring" }));
    }
}
