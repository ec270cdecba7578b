using PortalProbe.Diagnostics;

namespace PortalProbe.Checks.Tests;

public sealed class DataFileValidatorTests
{
    [Test]
    public void ValidatePaths_FileInADataFolder_IsCheckedByThatFoldersValidator()
    {
        var root = Path.Combine(Path.GetTempPath(), $"pp-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "cities"));
        Directory.CreateDirectory(Path.Combine(root, "calendar"));
        var file = Path.Combine(root, "calendar", "cn.yaml");
        File.WriteAllText(file, "years: {}\n");
        var seen = new List<string>();
        try
        {
            var diagnostics = CheckValidator.ValidatePaths(
                [root],
                _ => null,
                [new DataFileValidator("calendar", f =>
                {
                    seen.Add(f);
                    return [Diagnostic.Error(new SourceLocation(f, 1, 1), "calendar says no")];
                })]);

            Assert.That(seen, Is.EqualTo(new[] { file }));
            Assert.That(diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "calendar says no" }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void ValidatePaths_DataFileAtTheChecksRoot_IsCheckedByTheValidatorNamedAfterIt()
    {
        var root = Path.Combine(Path.GetTempPath(), $"pp-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "cities"));
        var file = Path.Combine(root, "indicators.yaml");
        File.WriteAllText(file, "indicators: []\n");
        var seen = new List<string>();
        try
        {
            var diagnostics = CheckValidator.ValidatePaths(
                [root],
                _ => null,
                [new DataFileValidator("indicators.yaml", f =>
                {
                    seen.Add(f);
                    return [Diagnostic.Error(new SourceLocation(f, 1, 1), "catalogue says no")];
                })]);

            Assert.That(seen, Is.EqualTo(new[] { file }));
            Assert.That(diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "catalogue says no" }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void ValidatePaths_DataFolderWithoutValidator_IsReportedAsNotACheckFile()
    {
        var root = Path.Combine(Path.GetTempPath(), $"pp-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "cities"));
        Directory.CreateDirectory(Path.Combine(root, "calendar"));
        File.WriteAllText(Path.Combine(root, "calendar", "cn.yaml"), "years: {}\n");
        try
        {
            var diagnostics = CheckValidator.ValidatePaths([root], _ => null);

            Assert.That(diagnostics.Select(d => d.Message), Has.Some.StartsWith("not a PortalProbe check file"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
