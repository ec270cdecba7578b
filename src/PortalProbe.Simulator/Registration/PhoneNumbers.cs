namespace PortalProbe.Simulator.Registration;

/// <summary>Mainland mobile numbers: the shape a portal accepts and the mask it shows.</summary>
internal static class PhoneNumbers
{
    /// <summary>True for eleven ASCII digits starting with 1.</summary>
    public static bool IsMobile(string? phone) =>
        phone is { Length: 11 } && phone[0] == '1' && phone.All(char.IsAsciiDigit);

    /// <summary>The number as portals show it, e.g. 138****5678; never the full number.</summary>
    public static string Mask(string phone) =>
        IsMobile(phone) ? $"{phone[..3]}****{phone[7..]}" : "***********";
}
