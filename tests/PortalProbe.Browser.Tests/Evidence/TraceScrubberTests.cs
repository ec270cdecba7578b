using System.IO.Compression;
using System.Text;
using PortalProbe.Browser.Evidence;
using PortalProbe.Browser.Privacy;

namespace PortalProbe.Browser.Tests.Evidence;

internal sealed class TraceScrubberTests
{
    private const string Secret = "Pass 张三&1";

    // 0xFF never occurs in UTF-8, so this entry is binary; it even carries the secret's bytes, which a binary
    // resource cannot be scrubbed of without breaking it and must be left exactly as it was.
    private static readonly byte[] Binary = [0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00, 0xFE, .. Encoding.UTF8.GetBytes(Secret), 0xFF];

    private static readonly Dictionary<string, string> TextEntries = new(StringComparer.Ordinal)
    {
        ["trace.trace"] = "{\"type\":\"before\",\"method\":\"fill\",\"params\":{\"value\":\"Pass 张三&1\"}}\n",
        ["trace.network"] = "{\"url\":\"http://127.78.0.1/r?p=Pass%20%E5%BC%A0%E4%B8%89%261\",\"postData\":\"p=Pass+%E5%BC%A0%E4%B8%89%261\"}\n",
        ["resources/page.html"] = "<p>Pass 张三&amp;1</p><p>电话 13812345678</p>",
        ["resources/reply.json"] = "{\"echo\":\"Pass \\u5F20\\u4E09\\u00261\"}",
    };

    [Test]
    public void Scrub_TraceWithSecretsInTextEntries_RemovesEveryForm()
    {
        var scrubbed = TraceScrubber.Scrub(BuildZip(), Sensitive());

        var entries = ReadZip(scrubbed);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries.Keys, Is.EquivalentTo(TextEntries.Keys.Append("resources/image.png")));
            foreach (var name in TextEntries.Keys)
            {
                var text = Encoding.UTF8.GetString(entries[name]);
                Assert.That(text, Does.Not.Contain("张三").And.Not.Contain("%E5%BC%A0").And.Not.Contain("\\u5F20"), name);
                Assert.That(text, Does.Contain(SensitiveValues.Mask), name);
            }
        }
    }

    [Test]
    public void Scrub_TextEntry_KeepsTheRestOfTheText()
    {
        var entries = ReadZip(TraceScrubber.Scrub(BuildZip(), Sensitive()));

        Assert.That(Encoding.UTF8.GetString(entries["trace.trace"]),
            Is.EqualTo("{\"type\":\"before\",\"method\":\"fill\",\"params\":{\"value\":\"●●●\"}}\n"));
    }

    [Test]
    public void Scrub_MobileNumberInText_IsMasked()
    {
        var entries = ReadZip(TraceScrubber.Scrub(BuildZip(), Sensitive()));

        Assert.That(Encoding.UTF8.GetString(entries["resources/page.html"]), Is.EqualTo("<p>●●●</p><p>电话 138****5678</p>"));
    }

    [Test]
    public void Scrub_BinaryEntry_IsLeftByteForByte()
    {
        var entries = ReadZip(TraceScrubber.Scrub(BuildZip(), Sensitive()));

        Assert.That(entries["resources/image.png"], Is.EqualTo(Binary));
    }

    [Test]
    public void Scrub_NoSensitiveValues_KeepsEveryEntry()
    {
        var entries = ReadZip(TraceScrubber.Scrub(BuildZip(), new SensitiveValues()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Encoding.UTF8.GetString(entries["trace.trace"]), Is.EqualTo(TextEntries["trace.trace"]));
            Assert.That(entries["resources/image.png"], Is.EqualTo(Binary));
        }
    }

    [Test]
    public void Scrub_GbkPageWithSecrets_RemovesTheirBytesAndKeepsTheRest()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        var sensitive = new SensitiveValues();
        sensitive.Add("张三丰");
        sensitive.Add("Canary!Pw42");
        var page = gbk.GetBytes("<p>姓名：张三丰</p><input value=\"Canary!Pw42\"><a href=\"q?n=%D5%C5%C8%FD%B7%E1\">查</a>");
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "resources/legacy.html", page);
        }

        var scrubbed = ReadZip(TraceScrubber.Scrub(buffer.ToArray(), sensitive))["resources/legacy.html"];

        var text = gbk.GetString(scrubbed);
        Assert.That(text, Does.Not.Contain("张三丰").And.Not.Contain("Canary!Pw42").And.Not.Contain("%D5%C5%C8%FD%B7%E1"));
        Assert.That(text, Does.Contain("姓名").And.Contain("查"), "the rest of the GBK page must survive");
    }

    [Test]
    public void Scrub_NotAZip_Throws()
    {
        Assert.That(() => TraceScrubber.Scrub(Encoding.UTF8.GetBytes("not a zip"), Sensitive()), Throws.InstanceOf<InvalidDataException>());
    }

    private static SensitiveValues Sensitive()
    {
        var sensitive = new SensitiveValues();
        sensitive.Add(Secret);
        return sensitive;
    }

    private static byte[] BuildZip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in TextEntries)
            {
                Write(archive, name, Encoding.UTF8.GetBytes(text));
            }

            Write(archive, "resources/image.png", Binary);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive archive, string name, byte[] content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(content);
    }

    private static Dictionary<string, byte[]> ReadZip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
