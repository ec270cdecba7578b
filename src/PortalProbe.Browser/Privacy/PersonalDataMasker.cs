using System.Text.RegularExpressions;

namespace PortalProbe.Browser.Privacy;

/// <summary>
/// Masks personal data a portal shows on its pages (mobile numbers, resident identity numbers) in stored
/// evidence text, the way portals themselves mask them: <c>138****5678</c>.
/// </summary>
public static partial class PersonalDataMasker
{
    /// <summary>A mainland mobile number, with or without +86, not embedded in a longer number.</summary>
    [GeneratedRegex(@"(?<![0-9+])(?:\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])")]
    public static partial Regex MobileNumber();

    /// <summary>An 18-character resident identity number.</summary>
    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9Xx])")]
    public static partial Regex IdentityNumber();

    public static string Mask(string text) =>
        IdentityNumber().Replace(
            MobileNumber().Replace(text, m => m.Value[..3] + "****" + m.Value[^4..]),
            m => m.Value[..4] + "**********" + m.Value[^4..]);
}
