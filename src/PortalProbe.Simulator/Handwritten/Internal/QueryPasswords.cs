using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>The 6-digit query password (查询密码) of a letter: a pure function of city and letter number, so nothing is stored.</summary>
internal static class QueryPasswords
{
    public static string For(string cityCode, string letterNumber)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"query-password|{cityCode}|{letterNumber.ToUpperInvariant()}"));
        return (BinaryPrimitives.ReadUInt32BigEndian(hash) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static bool Matches(string cityCode, string letterNumber, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(For(cityCode, letterNumber)), Encoding.UTF8.GetBytes(typed));
}
