using System.IO.Compression;
using System.Text;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Privacy;

/// <summary>The canary test is only as good as its search: it must find a planted value in every form and place.</summary>
internal sealed class LeakScannerTests
{
    private const string Canary = "Canary!Pw*张 1";

    [TestCase("Canary!Pw*张 1", TestName = "Scan_RawValueInAFile_IsFound")]
    [TestCase("Canary%21Pw*%E5%BC%A0+1", TestName = "Scan_FormPostEncodingInAFile_IsFound")]
    [TestCase("Canary!Pw*%E5%BC%A0%201", TestName = "Scan_EncodeUriComponentFormInAFile_IsFound")]
    [TestCase("Canary!Pw*\\u5F20 1", TestName = "Scan_JsonEscapedValueInAFile_IsFound")]
    public void Scan_PlantedForm_IsFound(string planted)
    {
        using var temp = new TempDirectory();
        temp.Write("logs/app.log", $"before {planted} after");

        Assert.That(LeakScanner.Scan(temp.Path, [Canary]).Select(l => l.Where), Does.Contain("logs/app.log"));
    }

    [Test]
    public void Scan_ValueInsideAZipEntry_IsFoundAndNamed()
    {
        using var temp = new TempDirectory();
        using (var zip = ZipFile.Open(temp.Combine("trace.zip"), ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("resources/body.dat").Open();
            stream.Write(Encoding.UTF8.GetBytes("password=Canary%21Pw*%E5%BC%A0+1"));
        }

        Assert.That(LeakScanner.Scan(temp.Path, [Canary]).Select(l => l.Where), Does.Contain("trace.zip!resources/body.dat"));
    }

    [Test]
    public void Scan_NoValue_FindsNothing()
    {
        using var temp = new TempDirectory();
        temp.Write("evidence/ab/page.html", "<p>●●●</p>");

        Assert.That(LeakScanner.Scan(temp.Path, [Canary]), Is.Empty);
    }
}
