using System.Security.Cryptography;
using System.Text;
using PortalProbe.Results;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Evidence;

internal sealed class ContentAddressedEvidenceStoreTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly byte[] Png = Encoding.UTF8.GetBytes("\u0089PNG pretend screenshot of 提交成功");

    [Test]
    public async Task SaveAsync_Bytes_AreStoredUnderTheirHashWithTheKindsExtension()
    {
        var store = CreateEvidenceStore();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Png));

        var saved = await store.SaveAsync(EvidenceKind.Screenshot, Png, "https://12345.example.cn/a?b=../../c", "../../etc/passwd", None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Sha256, Is.EqualTo(sha256));
            Assert.That(saved.RelativePath, Is.EqualTo($"evidence/{sha256[..2]}/{sha256}.png"));
            Assert.That(saved.Size, Is.EqualTo(Png.Length));
            Assert.That(saved.Kind, Is.EqualTo(EvidenceKind.Screenshot));
            Assert.That(saved.Url, Is.EqualTo("https://12345.example.cn/a?b=../../c"));
            Assert.That(saved.Label, Is.EqualTo("../../etc/passwd"));
            Assert.That(saved.CapturedAt, Is.EqualTo(Start));
            Assert.That(await File.ReadAllBytesAsync(store.PathOf(saved)), Is.EqualTo(Png));
        }
    }

    [TestCase(EvidenceKind.Html, ".html")]
    [TestCase(EvidenceKind.Trace, ".zip")]
    [TestCase(EvidenceKind.Text, ".txt")]
    public async Task SaveAsync_Kind_GivesTheExtension(EvidenceKind kind, string extension)
    {
        var saved = await CreateEvidenceStore().SaveAsync(kind, Png, null, null, None);

        Assert.That(saved.RelativePath, Does.EndWith(saved.Sha256 + extension));
    }

    [Test]
    public async Task SaveAsync_SameBytesTwice_StoresOneFileAndReturnsTheSamePath()
    {
        var store = CreateEvidenceStore();

        var first = await store.SaveAsync(EvidenceKind.Screenshot, Png, "https://a.example.cn/", "first", None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await store.SaveAsync(EvidenceKind.Screenshot, Png, "https://b.example.cn/", "second", None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.RelativePath, Is.EqualTo(first.RelativePath));
            Assert.That(second.CapturedAt, Is.EqualTo(Start.AddMinutes(1)));
            Assert.That(EvidenceFiles(), Has.Length.EqualTo(1));
            Assert.That(await File.ReadAllBytesAsync(store.PathOf(second)), Is.EqualTo(Png));
            Assert.That(
                File.GetLastWriteTimeUtc(store.PathOf(second)),
                Is.EqualTo(Start.AddMinutes(1).UtcDateTime),
                "the write time is the latest capture, which evidence retention reads");
        }
    }

    [Test]
    public async Task SaveAsync_ManyFilesAtOnce_LeaveNoTemporaryFiles()
    {
        var store = CreateEvidenceStore();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => store.SaveAsync(
            EvidenceKind.Text, Encoding.UTF8.GetBytes($"page text {i % 10}"), null, null, None))));

        Assert.That(EvidenceFiles().Select(Path.GetFileName).ToArray(), Has.Length.EqualTo(10).And.All.Match("^[0-9a-f]{64}\\.txt$"));
    }

    [Test]
    public async Task SaveAsync_TruncatedFileOnDisk_IsWrittenAgain()
    {
        var store = CreateEvidenceStore();
        var first = await store.SaveAsync(EvidenceKind.Screenshot, Png, null, null, None);
        await File.WriteAllBytesAsync(store.PathOf(first), Png[..3]);

        var second = await store.SaveAsync(EvidenceKind.Screenshot, Png, null, null, None);

        Assert.That(await File.ReadAllBytesAsync(store.PathOf(second)), Is.EqualTo(Png));
    }

    [TestCase("../x")]
    [TestCase("evidence/../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("evidence\\ab\\SHA.png")]
    [TestCase("evidence/ab/SHA.html")]
    [TestCase("evidence/zz/SHA.png")]
    [TestCase("evidence/ab/SHA.png/../../../x")]
    [TestCase("./evidence/ab/SHA.png")]
    [TestCase("")]
    public void PathOf_PathNotOfTheStoresShape_Throws(string relativePath)
    {
        var sha256 = "ab" + new string('0', 62);
        var tampered = new EvidenceRef(
            EvidenceKind.Screenshot, sha256, 10, relativePath.Replace("SHA", sha256, StringComparison.Ordinal), null, Start);

        Assert.Throws<ArgumentException>(() => CreateEvidenceStore().PathOf(tampered));
    }

    [Test]
    public void PathOf_HashNotOfTheStoresShape_Throws()
    {
        var upper = "AB" + new string('0', 62);
        var tampered = new EvidenceRef(EvidenceKind.Screenshot, upper, 10, $"evidence/AB/{upper}.png", null, Start);

        Assert.Throws<ArgumentException>(() => CreateEvidenceStore().PathOf(tampered));
    }

    [Test]
    public async Task PathOf_StoredReference_IsUnderTheDataDirectory()
    {
        var store = CreateEvidenceStore();
        var saved = await store.SaveAsync(EvidenceKind.Html, Png, null, null, None);

        var path = store.PathOf(saved);

        Assert.That(path, Does.StartWith(Data.EvidenceRoot + Path.DirectorySeparatorChar).And.EndWith(saved.Sha256 + ".html"));
    }

    private string[] EvidenceFiles() => System.IO.Directory.GetFiles(Data.EvidenceRoot, "*", SearchOption.AllDirectories);
}
