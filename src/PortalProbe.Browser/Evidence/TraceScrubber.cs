using System.IO.Compression;
using System.Text;
using PortalProbe.Browser.Privacy;

namespace PortalProbe.Browser.Evidence;

/// <summary>
/// Rewrites a Playwright trace zip so that no secret or typed sensitive value survives in any text entry
/// (actions, DOM snapshots, network bodies). Traces are recorded without screencast frames, so no pixels
/// can carry a value either. The result still opens in the Playwright trace viewer.
/// </summary>
internal static class TraceScrubber
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Scrub(byte[] zip, SensitiveValues sensitive)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var bytes = ReadAll(entry);
                var target = archive.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var stream = target.Open();
                stream.Write(ScrubEntry(bytes, sensitive));
            }
        }

        return output.ToArray();
    }

    private static byte[] ScrubEntry(byte[] bytes, SensitiveValues sensitive)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: a binary resource, or text in a legacy encoding such as a GBK page. Replace the values'
            // byte forms in place, so that the bytes around them stay exactly as they were.
            return sensitive.RedactLegacyBytes(bytes);
        }

        var scrubbed = PersonalDataMasker.Mask(sensitive.Redact(text));
        return ReferenceEquals(scrubbed, text) || scrubbed == text ? bytes : StrictUtf8.GetBytes(scrubbed);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
