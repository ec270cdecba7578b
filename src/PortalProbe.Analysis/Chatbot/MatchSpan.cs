namespace PortalProbe.Analysis.Chatbot;

/// <summary>How a key point was found in an answer.</summary>
public enum MatchKind
{
    /// <summary>A synonym occurs as it is, after normalisation.</summary>
    Exact,

    /// <summary>A synonym of four or more characters occurs with one character wrong, missing or extra.</summary>
    Fuzzy,
}

/// <summary>
/// Where a synonym was found: <see cref="Offset"/> and <see cref="Length"/> in the original answer (UTF-16 units),
/// the original <see cref="Text"/> there, the synonym it matched, and its FuzzySharp ratio (100 when exact).
/// </summary>
public sealed record MatchSpan(int Offset, int Length, string Text, string Synonym, MatchKind Kind, int Similarity);
