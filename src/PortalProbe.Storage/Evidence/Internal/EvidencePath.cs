using PortalProbe.Results;

namespace PortalProbe.Storage.Evidence.Internal;

/// <summary>
/// The one shape of an evidence path: <c>evidence/&lt;first two hex digits&gt;/&lt;sha256&gt;&lt;extension&gt;</c>,
/// built only from the content hash and the kind, with '/' on every platform.
/// </summary>
internal static class EvidencePath
{
    public static string RelativePath(EvidenceKind kind, string sha256) =>
        $"{StorageDefaults.EvidenceFolder}/{sha256[..2]}/{sha256}{kind.FileExtension()}";

    /// <summary>True when <paramref name="sha256"/> is 64 lowercase hex digits, as this store writes them.</summary>
    public static bool IsHash(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>
    /// True when the reference's path is exactly the one its kind and hash give. Anything else (<c>../x</c>,
    /// an absolute path, another folder) came from a tampered or foreign row.
    /// </summary>
    public static bool IsWellFormed(EvidenceRef evidence) =>
        Enum.IsDefined(evidence.Kind)
        && IsHash(evidence.Sha256)
        && string.Equals(evidence.RelativePath, RelativePath(evidence.Kind, evidence.Sha256), StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="relativePath"/> has the shape of some kind's path, so that deleting it can only
    /// ever delete a file of this store: a stored row naming anything else came from a tampered or foreign database.
    /// </summary>
    public static bool IsStorePath(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length != 3 || parts[0] != StorageDefaults.EvidenceFolder)
        {
            return false;
        }

        var hash = parts[2].Length > 64 ? parts[2][..64] : "";
        return IsHash(hash)
            && parts[1] == hash[..2]
            && Enum.GetValues<EvidenceKind>().Any(k => parts[2] == hash + k.FileExtension());
    }
}
