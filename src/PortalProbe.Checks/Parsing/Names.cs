namespace PortalProbe.Checks.Parsing;

/// <summary>The shapes of names in the language.</summary>
internal static class Names
{
    /// <summary>Scenario and screenshot names: <c>[a-z0-9][a-z0-9_-]*</c>.</summary>
    public static bool IsSlug(string text) =>
        text.Length > 0
        && IsLowerOrDigit(text[0])
        && text.All(c => IsLowerOrDigit(c) || c is '_' or '-');

    /// <summary>Template names: slugs separated by '/', like <c>sim/register</c>.</summary>
    public static bool IsTemplateName(string text) => text.Split('/').All(IsSlug);

    private static bool IsLowerOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
