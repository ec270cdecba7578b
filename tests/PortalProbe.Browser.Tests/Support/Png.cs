using System.Buffers.Binary;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>Reads what a PNG file says about itself: its signature and the size in its IHDR chunk.</summary>
internal static class Png
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] file) => file.Length >= 8 && file.AsSpan(0, 8).SequenceEqual(Signature);

    /// <summary>Width and height from the IHDR chunk, which a valid PNG has right after the signature.</summary>
    public static (int Width, int Height) Size(byte[] file)
    {
        if (file.Length < 24 || !file.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("not a PNG with an IHDR chunk first");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(20, 4)));
    }
}
