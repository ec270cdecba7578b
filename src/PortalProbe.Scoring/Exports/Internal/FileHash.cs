using System.Security.Cryptography;

namespace PortalProbe.Scoring.Exports.Internal;

internal static class FileHash
{
    /// <summary>The lowercase hex SHA-256 of a file; null when it cannot be read.</summary>
    public static async Task<string?> Sha256Async(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
