namespace PortalProbe.Storage.Evidence.Internal;

/// <summary>
/// Deletes one evidence file unless a run touched it inside the window. The store sets a file's write time each
/// time it saves that content, including when the file was already there; a run saves its evidence long before it
/// stores the rows that name it, so the write time is what protects a file a running run has just reused. The file
/// is first moved aside, so a save racing with the deletion either touched it before the move (it is seen and put
/// back) or finds it missing and writes it again.
/// </summary>
internal static class PruneFile
{
    /// <summary>Deletes the file; returns its size, 0 when it was already gone, or null when it was kept.</summary>
    public static long? DeleteUnlessTouchedSince(string path, DateTimeOffset cutoff)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        var aside = Path.Combine(
            Path.GetDirectoryName(path)!, $"{EvidenceFile.TemporaryPrefix}prune-{Guid.NewGuid():N}-{Path.GetFileName(path)}");
        try
        {
            File.Move(path, aside);
        }
        catch (FileNotFoundException)
        {
            return 0;
        }

        var file = new FileInfo(aside);
        if (file.LastWriteTimeUtc >= cutoff.UtcDateTime)
        {
            // Same name means same content: putting it back over a copy a save just wrote changes nothing.
            File.Move(aside, path, overwrite: true);
            return null;
        }

        var size = file.Length;
        File.Delete(aside);
        return size;
    }
}
