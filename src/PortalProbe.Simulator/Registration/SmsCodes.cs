using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PortalProbe.Simulator.Registration;

/// <summary>
/// Verification codes derived from (city, phone, how many codes that phone was sent), so runs repeat
/// exactly; no random source is involved.
/// </summary>
internal static class SmsCodes
{
    public static string Derive(string cityCode, string phone, int sendCount, int length)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{cityCode}|{phone}|{sendCount}")));
        var modulus = (ulong)Math.Pow(10, length);
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash) % modulus;
        return value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');
    }
}
