namespace PortalProbe.Storage.Evidence.Internal;

/// <summary>Writes a file so that readers see all of it or nothing, even when two processes write it at once.</summary>
internal static class EvidenceFile
{
    /// <summary>Temporary files start with this, so a clean-up can recognise what a crash left behind.</summary>
    public const string TemporaryPrefix = ".tmp-";

    public static async Task WriteAtomicallyAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}-{Path.GetFileName(path)}");
        try
        {
            await using (var stream = new FileStream(
                temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            // Same name means same content, so replacing a file another process just wrote changes nothing,
            // and replacing a truncated one repairs it.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
