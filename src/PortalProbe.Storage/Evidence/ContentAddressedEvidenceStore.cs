using System.Security.Cryptography;
using PortalProbe.Results;
using PortalProbe.Storage.Evidence.Internal;

namespace PortalProbe.Storage.Evidence;

/// <summary>
/// Keeps evidence files under <c>evidence/</c> by the SHA-256 of their content: identical screenshots of many
/// runs are stored once. A file appears whole or not at all: it is written to a temporary file in the same
/// folder and then renamed. Its write time is the latest capture of that content, which evidence retention reads.
/// </summary>
public sealed class ContentAddressedEvidenceStore : IEvidenceStore
{
    private readonly DataDirectory _dataDirectory;
    private readonly TimeProvider _timeProvider;

    public ContentAddressedEvidenceStore(DataDirectory dataDirectory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dataDirectory = dataDirectory;
        _timeProvider = timeProvider;
    }

    public async Task<EvidenceRef> SaveAsync(
        EvidenceKind kind, ReadOnlyMemory<byte> content, string? url, string? label, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown evidence kind");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var relativePath = EvidencePath.RelativePath(kind, sha256);
        var path = ToAbsolute(relativePath);
        var now = _timeProvider.GetUtcNow();
        if (!HasFile(path, content.Length) || !TryTouch(path, now))
        {
            await EvidenceFile.WriteAtomicallyAsync(path, content, cancellationToken);
            TryTouch(path, now);
        }

        return new EvidenceRef(kind, sha256, content.Length, relativePath, url, now, label);
    }

    /// <exception cref="ArgumentException">The reference's path is not the one its kind and hash give.</exception>
    public string PathOf(EvidenceRef evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!EvidencePath.IsWellFormed(evidence))
        {
            throw new ArgumentException(
                $"'{evidence.RelativePath}' is not an evidence path of this store "
                + $"(expected {StorageDefaults.EvidenceFolder}/<xx>/<sha256>{evidence.Kind.FileExtension()} from the reference's own hash)",
                nameof(evidence));
        }

        return ToAbsolute(evidence.RelativePath);
    }

    private string ToAbsolute(string relativePath) =>
        Path.Combine(_dataDirectory.Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Sets the file's write time to the capture time, also when the content was already there: evidence retention
    /// keeps every file written or reused inside its window, even by a run whose rows are not stored yet. False when
    /// the file vanished (retention just took it), so that the caller writes it again.
    /// </summary>
    private static bool TryTouch(string path, DateTimeOffset at)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, at.UtcDateTime);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    private static bool HasFile(string path, long size)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == size;
    }
}
