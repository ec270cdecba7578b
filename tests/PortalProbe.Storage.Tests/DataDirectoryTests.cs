using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests;

internal sealed class DataDirectoryTests
{
    private TestDirectory _temp = null!;

    [SetUp]
    public void CreateTemp() => _temp = new TestDirectory();

    [TearDown]
    public void DeleteTemp() => _temp.Dispose();

    [Test]
    public void Resolve_ExplicitPathAndEnvironment_UsesTheExplicitPath()
    {
        var data = DataDirectory.Resolve(_temp.Combine("explicit"), Environment(_temp.Combine("env")), _temp.Path);

        Assert.That(data.Root, Is.EqualTo(_temp.Combine("explicit")));
    }

    [Test]
    public void Resolve_OnlyEnvironment_UsesTheEnvironment()
    {
        var data = DataDirectory.Resolve(null, Environment(_temp.Combine("env")), _temp.Path);

        Assert.That(data.Root, Is.EqualTo(_temp.Combine("env")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Resolve_NothingSet_UsesDataUnderTheWorkingDirectory(string? environmentValue)
    {
        var data = DataDirectory.Resolve(null, Environment(environmentValue), _temp.Path);

        Assert.That(data.Root, Is.EqualTo(_temp.Combine("data")));
    }

    [Test]
    public void Resolve_RelativePath_IsTakenFromTheWorkingDirectory()
    {
        var data = DataDirectory.Resolve("runs/../nightly", Environment(null), _temp.Path);

        Assert.That(data.Root, Is.EqualTo(_temp.Combine("nightly")));
    }

    [Test]
    public void Resolve_NewDirectory_CreatesItsFoldersAndLeavesNoProbeFile()
    {
        var data = DataDirectory.Resolve(null, Environment(null), _temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.DatabasePath, Is.EqualTo(_temp.Combine("data", "portalprobe.db")));
            Assert.That(data.EvidenceRoot, Is.EqualTo(_temp.Combine("data", "evidence")));
            Assert.That(data.LogsRoot, Is.EqualTo(_temp.Combine("data", "logs")));
            Assert.That(Directory.Exists(data.EvidenceRoot) && Directory.Exists(data.LogsRoot), Is.True);
            Assert.That(Directory.GetFiles(data.Root), Is.Empty);
        }
    }

    [Test]
    public void Resolve_PathUnderARegularFile_ThrowsNamingThePathAndTheReason()
    {
        // Tests run as root, so permissions cannot make a folder unwritable; a file in the way can.
        File.WriteAllText(_temp.Combine("afile"), "not a folder");
        var path = _temp.Combine("afile", "data");

        var error = Assert.Throws<DataDirectoryException>(() => DataDirectory.Resolve(path, Environment(null), _temp.Path));

        Assert.That(error!.Message, Does.Contain($"'{path}'").And.Contain("from --data").And.Contain("not writable"));
        Assert.That(error.InnerException, Is.InstanceOf<IOException>());
    }

    [Test]
    public void Resolve_EnvironmentPathUnderARegularFile_SaysItCameFromTheEnvironment()
    {
        File.WriteAllText(_temp.Combine("afile"), "not a folder");

        var error = Assert.Throws<DataDirectoryException>(
            () => DataDirectory.Resolve(null, Environment(_temp.Combine("afile", "data")), _temp.Path));

        Assert.That(error!.Message, Does.Contain("from PORTALPROBE_DATA"));
    }

    private static Func<string, string?> Environment(string? data) =>
        name => name == "PORTALPROBE_DATA" ? data : null;
}
