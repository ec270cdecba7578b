using PortalProbe.Checks.Loading;

namespace PortalProbe.Checks.Tests;

/// <summary>Every file under the repository's <c>checks/</c> folder must validate without errors.</summary>
public sealed class RepositoryChecksTests
{
    private const string SanityCase = "(no city scripts yet: the checks folder itself)";

    private static readonly string ChecksFolder = Path.Combine(RepositoryRoot(), "checks");

    /// <summary>
    /// One case per city script and template. When <c>checks/cities</c> is still empty, one case validates the
    /// whole folder, so the test never passes by having nothing to run. Data folders (calendar, question banks)
    /// are validated by their own loaders, which the CLI's validate command wires in; its tests cover them.
    /// </summary>
    public static IEnumerable<TestCaseData> CheckFiles()
    {
        var files = Loading.CheckFiles.Under(Path.Combine(ChecksFolder, "cities"))
            .Concat(Loading.CheckFiles.Under(Path.Combine(ChecksFolder, "templates")));
        var hasCities = Loading.CheckFiles.Under(Path.Combine(ChecksFolder, "cities")).Count > 0;
        if (!hasCities)
        {
            yield return new TestCaseData(ChecksFolder).SetArgDisplayNames(SanityCase);
        }

        foreach (var file in files)
        {
            yield return new TestCaseData(file).SetArgDisplayNames(Path.GetRelativePath(ChecksFolder, file).Replace('\\', '/'));
        }
    }

    [Test]
    public void CheckFiles_RepositoryChecksFolder_IsFoundWithCitiesAndTemplates()
    {
        Assert.That(Directory.Exists(Path.Combine(ChecksFolder, "cities")), Is.True, ChecksFolder);
        Assert.That(Directory.Exists(Path.Combine(ChecksFolder, "templates")), Is.True, ChecksFolder);
        Assert.That(CheckFiles().Count(), Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(CheckFiles))]
    public void ValidatePaths_RepositoryCheckFile_HasNoErrors(string path)
    {
        var errors = CheckValidator.ValidatePaths([path], _ => null).Where(d => d.IsError).Select(d => d.ToString());

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Load_RepositoryChecksFolder_LoadsEveryCityScript()
    {
        var cityFiles = Loading.CheckFiles.Under(Path.Combine(ChecksFolder, "cities"));

        var library = ScriptLibrary.Load(ChecksFolder, _ => null);

        Assert.That(library.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty);
        Assert.That(library.Cities, Has.Count.EqualTo(cityFiles.Count));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PortalProbe.sln not found above {TestContext.CurrentContext.TestDirectory}");
    }
}
